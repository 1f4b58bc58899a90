/** Items that help with a school's next steps: tagged with the aspect, over the step from its phase. */
import { sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import type { ItemKind } from '../../domain/inspiration/item.ts';
import { readable, type Reader } from './inspiration-filters.ts';

export type StepMatch = {
	aspectId: string;
	id: string;
	kind: ItemKind;
	title: string;
	summary: string;
	publisher: string;
	from: number;
	to: number;
};

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));

/**
 * Per step, the newest readable items whose tagged step covers it (from ≤ current < to), those that
 * start exactly at the school's phase first; `perStep` at most for each.
 */
export async function itemsForSteps(
	db: Db,
	reader: Reader,
	modelId: string,
	steps: { aspectId: string; current: number }[],
	perStep: number
): Promise<StepMatch[]> {
	if (steps.length === 0) return [];
	const aspects = sql.join(
		steps.map((s) => sql`${s.aspectId}`),
		sql`, `
	);
	const currents = sql.join(
		steps.map((s) => sql`${s.current}`),
		sql`, `
	);
	const rows = await executeRows(
		db,
		sql`select x.aspect_id, m.* from unnest(array[${aspects}]::text[], array[${currents}]::int[]) with ordinality as x(aspect_id, current, n)
			cross join lateral (
				select i.id, i.kind, i.title, i.summary, o.name as publisher, s.from_level, s.to_level
				from inspiration_item_steps s
				join inspiration_items i on i.id = s.item_id
				join organisations o on o.id = i.organisation_id
				where s.model_id = ${modelId} and s.aspect_id = x.aspect_id and s.from_level <= x.current and s.to_level > x.current
					and i.status = 'published' and ${readable(reader)}
				order by (s.from_level = x.current) desc, i.published_at desc, i.id
				limit ${perStep}
			) m
			order by x.n`
	);
	return rows.map((r) => ({
		aspectId: str(r.aspect_id),
		id: str(r.id),
		kind: str(r.kind) as ItemKind,
		title: str(r.title),
		summary: str(r.summary),
		publisher: str(r.publisher),
		from: Number(r.from_level),
		to: Number(r.to_level)
	}));
}
