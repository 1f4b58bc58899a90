/**
 * What reports read: counts, grouped in the database. Individual answers never leave PostgreSQL;
 * only submitted responses count. Comments are read only for the layers the report may show.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import { responseComments, responses } from '../db/schema/index.ts';
import { isLayer, type Layer } from '../../domain/model/format.ts';
import type { AmbitionRow, CommentRow, CountRow } from '../../domain/reflection/report/school-report.ts';

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

/** The most levels a model may have (the format allows 2–10). */
const MAX_LEVELS = 10;
const levelColumns = sql.join(
	Array.from({ length: MAX_LEVELS }, (_, i) =>
		sql.raw(`count(*) filter (where a.level = ${i + 1} and not a.dont_know)::int as l${i + 1}`)
	),
	sql`, `
);

/**
 * Counts per round, layer and question (an aspect, or one of its indicators), one row each with a
 * column per level: the board view of a hundred schools in one query that hands back a few thousand
 * rows instead of tens of thousands. Per question, not per aspect: a person answers a question once,
 * so these counts are people, which is what the anonymity threshold is about (ADR 013).
 */
export async function itemCounts(
	db: Db,
	roundIds: string[]
): Promise<{ roundId: string; layer: Layer; item: string; level: number | null; count: number }[]> {
	if (roundIds.length === 0) return [];
	const rows = await executeRows(
		db,
		sql`select r.round_id, r.layer, a.item, ${levelColumns}, count(*) filter (where a.dont_know)::int as dk
			from answers a join responses r on r.id = a.response_id
			where r.round_id in ${roundIds} and r.status = 'submitted'
			group by 1, 2, 3`
	);
	return rows.flatMap((r) => {
		if (!isLayer(r.layer) || typeof r.round_id !== 'string' || typeof r.item !== 'string') return [];
		const base = { roundId: r.round_id, layer: r.layer, item: r.item };
		const out = [];
		for (let level = 1; level <= MAX_LEVELS; level++) {
			const count = num(r[`l${level}`]);
			if (count > 0) out.push({ ...base, level, count });
		}
		const dk = num(r.dk);
		if (dk > 0) out.push({ ...base, level: null, count: dk });
		return out;
	});
}
