/**
 * What reports read: counts, grouped in the database. Individual answers never leave PostgreSQL;
 * only submitted responses count. Comments are read only for the layers the report may show.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import { responseComments, responses } from '../db/schema/index.ts';
import { LAYERS, type Layer } from '../../domain/model/format.ts';
import type { AmbitionRow, CommentRow, CountRow } from '../../domain/reflection/report/school-report.ts';

const isLayer = (v: unknown): v is Layer => typeof v === 'string' && (LAYERS as readonly string[]).includes(v);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export async function respondentsPerLayer(
	db: Db,
	roundIds: string[]
): Promise<{ roundId: string; layer: Layer; n: number }[]> {
	if (roundIds.length === 0) return [];
	const rows = await db
		.select({ roundId: responses.roundId, layer: responses.layer, n: sql<number>`count(*)::int` })
		.from(responses)
		.where(and(inArray(responses.roundId, roundIds), eq(responses.status, 'submitted')))
		.groupBy(responses.roundId, responses.layer);
	return rows;
}

export async function answerCounts(db: Db, roundId: string): Promise<CountRow[]> {
	const rows = await executeRows(
		db,
		sql`select r.layer, a.item, case when a.dont_know then null else a.level end as level, count(*)::int as count
			from answers a join responses r on r.id = a.response_id
			where r.round_id = ${roundId} and r.status = 'submitted' and (a.level is not null or a.dont_know)
			group by r.layer, a.item, 3`
	);
	return rows.flatMap((r) =>
		isLayer(r.layer) && typeof r.item === 'string'
			? [{ layer: r.layer, item: r.item, level: r.level === null ? null : num(r.level), count: num(r.count) }]
			: []
	);
}

export async function ambitionCounts(db: Db, roundId: string): Promise<AmbitionRow[]> {
	const rows = await executeRows(
		db,
		sql`select r.layer, a.item, a.ambition as level, count(*)::int as count
			from answers a join responses r on r.id = a.response_id
			where r.round_id = ${roundId} and r.status = 'submitted' and a.ambition is not null
			group by r.layer, a.item, a.ambition`
	);
	return rows.flatMap((r) =>
		isLayer(r.layer) && typeof r.item === 'string'
			? [{ layer: r.layer, item: r.item, level: num(r.level), count: num(r.count) }]
			: []
	);
}

export async function commentsOf(db: Db, roundId: string, layers: Layer[]): Promise<CommentRow[]> {
	if (layers.length === 0) return [];
	return db
		.select({ layer: responses.layer, aspectId: responseComments.aspectId, text: responseComments.text })
		.from(responseComments)
		.innerJoin(responses, eq(responses.id, responseComments.responseId))
		.where(and(eq(responses.roundId, roundId), eq(responses.status, 'submitted'), inArray(responses.layer, layers)));
}

/** Counts per round, layer, aspect and level for many rounds at once: the board view in one query. */
export async function aspectCounts(
	db: Db,
	roundIds: string[]
): Promise<{ roundId: string; layer: Layer; aspectId: string; level: number | null; count: number }[]> {
	if (roundIds.length === 0) return [];
	const rows = await executeRows(
		db,
		sql`select r.round_id, r.layer, split_part(a.item, '.', 1) as aspect_id, case when a.dont_know then null else a.level end as level, count(*)::int as count
			from answers a join responses r on r.id = a.response_id
			where r.round_id in ${roundIds} and r.status = 'submitted' and (a.level is not null or a.dont_know)
			group by r.round_id, r.layer, 3, 4`
	);
	return rows.flatMap((r) =>
		isLayer(r.layer) && typeof r.round_id === 'string' && typeof r.aspect_id === 'string'
			? [
					{
						roundId: r.round_id,
						layer: r.layer,
						aspectId: r.aspect_id,
						level: r.level === null ? null : num(r.level),
						count: num(r.count)
					}
				]
			: []
	);
}
