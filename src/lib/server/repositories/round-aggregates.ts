/**
 * The counts of finished rounds for board views and benchmarks. A settled round (closed a while ago;
 * its answers can no longer change) is counted once and its counts kept in `round_aggregates`; a
 * round that is not settled yet is counted afresh each time. Kept counts are used only while the
 * round's closing still matches, so extending or reopening a round can never serve stale counts.
 */
import { sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import { itemCounts, respondentsPerLayer } from './report-counts.ts';
import { isLayer, type Layer } from '../../domain/model/format.ts';
import { isSettled, settledCutoff, type RoundTiming } from '../../domain/reflection/round.ts';

export type RoundCounts = {
	respondents: Partial<Record<Layer, number>>;
	counts: { layer: Layer; item: string; level: number | null; count: number }[];
};
type Tuple = [Layer, string, number | null, number];
/**
 * The kept shape: counts per question. Rows kept before were per aspect (indicators summed, so
 * answers rather than people) as a bare array; those are never read, but counted afresh and replaced.
 */
type Stored = { perItem: Tuple[] };

export async function finishedRoundCounts(
	db: Db,
	rounds: (RoundTiming & { id: string })[],
	now: Date = new Date()
): Promise<Map<string, RoundCounts>> {
	const out = new Map<string, RoundCounts>();
	if (rounds.length === 0) return out;
	const settled = rounds.filter((r) => isSettled(r, now)).map((r) => r.id);
	if (settled.length > 0) {
		const kept = await executeRows(
			db,
			sql`select k.round_id, k.respondents, k.counts from round_aggregates k
				join rounds r on r.id = k.round_id and r.closes_on = k.closes_on and r.closed_at is not distinct from k.closed_at
				where k.round_id in ${settled}`
		);
		for (const row of kept) {
			const counts = fromStored(row.respondents, row.counts);
			if (counts) out.set(String(row.round_id), counts);
		}
	}
	const missing = rounds.filter((r) => !out.has(r.id)).map((r) => r.id);
	if (missing.length === 0) return out;

	const [counts, respondents] = await Promise.all([itemCounts(db, missing), respondentsPerLayer(db, missing)]);
	for (const id of missing) out.set(id, { respondents: {}, counts: [] });
	for (const c of counts)
		out.get(c.roundId)?.counts.push({ layer: c.layer, item: c.item, level: c.level, count: c.count });
	for (const r of respondents) {
		const entry = out.get(r.roundId);
		if (entry) entry.respondents[r.layer] = r.n;
	}
	const toKeep = missing.filter((id) => settled.includes(id));
	if (toKeep.length > 0) await keep(db, toKeep, out, now);
	return out;
}

/** Stores counts, but only for rounds that are still settled as the row is written. */
async function keep(db: Db, ids: string[], counts: Map<string, RoundCounts>, now: Date): Promise<void> {
	const { closedBefore, closesBefore } = settledCutoff(now);
	const payload = ids.map((id) => {
		const c = counts.get(id)!;
		const stored: Stored = { perItem: c.counts.map((x): Tuple => [x.layer, x.item, x.level, x.count]) };
		return { id, respondents: c.respondents, counts: stored };
	});
	await db.execute(sql`
		insert into round_aggregates (round_id, closes_on, closed_at, respondents, counts)
		select r.id, r.closes_on, r.closed_at, x.respondents, x.counts
		from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as x(id uuid, respondents jsonb, counts jsonb)
		join rounds r on r.id = x.id
		where (r.closed_at is not null and r.closed_at < ${closedBefore.toISOString()}::timestamptz)
			or (r.closed_at is null and r.opened_at is not null and r.closes_on < ${closesBefore}::date)
		on conflict (round_id) do update set closes_on = excluded.closes_on, closed_at = excluded.closed_at,
			respondents = excluded.respondents, counts = excluded.counts, computed_at = now()`);
}

/** A kept row in the current shape, or null: then the round is counted afresh. */
function fromStored(respondents: unknown, counts: unknown): RoundCounts | null {
	const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
	const r = parse(respondents);
	const c = parse(counts);
	if (!c || typeof c !== 'object' || !('perItem' in c) || !Array.isArray(c.perItem)) return null;
	const out: RoundCounts = { respondents: {}, counts: [] };
	if (r && typeof r === 'object')
		for (const [layer, n] of Object.entries(r)) if (isLayer(layer) && typeof n === 'number') out.respondents[layer] = n;
	for (const t of c.perItem as unknown[]) {
		if (!Array.isArray(t)) continue;
		const [layer, item, level, count] = t as unknown[];
		if (
			isLayer(layer) &&
			typeof item === 'string' &&
			(level === null || typeof level === 'number') &&
			typeof count === 'number'
		)
			out.counts.push({ layer, item, level, count });
	}
	return out;
}
