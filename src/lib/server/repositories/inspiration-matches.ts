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
	// Per step, two short walks over the newest items (the index on published_at), each stopping at
	// `perStep` readable items tagged for it: first those whose step starts at the school's phase,
	// then those whose wider step covers it.
	const walk = (exact: boolean, preference: number) => sql`(
		select i.id, i.kind, i.title, i.summary, i.organisation_id, i.published_at, ${preference} as preference
		from inspiration_items i
		where i.status = 'published' and ${readable(reader)} and exists (
			select 1 from inspiration_item_steps s where s.item_id = i.id and s.model_id = ${modelId} and s.aspect_id = x.aspect_id
				and ${exact ? sql`s.from_level = x.current` : sql`s.from_level < x.current and s.to_level > x.current`})
		order by i.published_at desc, i.id
		limit ${perStep})`;
	const rows = await executeRows(
		db,
		sql`select x.aspect_id, m.id, m.kind, m.title, m.summary, o.name as publisher
			from unnest(array[${aspects}]::text[], array[${currents}]::int[]) with ordinality as x(aspect_id, current, n)
			cross join lateral (
				select * from (${walk(true, 0)} union all ${walk(false, 1)}) w
				order by w.preference, w.published_at desc, w.id
				limit ${perStep}
			) m
			join organisations o on o.id = m.organisation_id
			order by x.n, m.preference, m.published_at desc, m.id`
	);
	return rows.map((r) => ({
		aspectId: str(r.aspect_id),
		id: str(r.id),
		kind: str(r.kind) as ItemKind,
		title: str(r.title),
		summary: str(r.summary),
		publisher: str(r.publisher)
	}));
}
