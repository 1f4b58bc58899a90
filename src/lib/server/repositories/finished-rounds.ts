/**
 * Which rounds are finished, and so reportable, written once in SQL: opened, and closed by hand or
 * past its closing date. It must agree with the domain's `roundStatus` (a database test checks it).
 */
import { and, desc, eq, gt, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { organisations, rounds } from '../db/schema/index.ts';
import { LAYERS, isLayer, type Layer } from '../../domain/model/format.ts';
import type { Sector } from '../../domain/organisation/types.ts';
import type { RoundRow } from './rounds.ts';

/** `today` is the Dutch calendar date; a round is open through its closing date. */
export const roundFinished = (today: string) =>
	and(isNotNull(rounds.openedAt), or(isNotNull(rounds.closedAt), lt(rounds.closesOn, today)));

/** The finished rounds of these organisations, newest closing first. */
export async function finishedRoundsOf(db: Db | Tx, organisationIds: string[], today: string): Promise<RoundRow[]> {
	if (organisationIds.length === 0) return [];
	return db
		.select()
		.from(rounds)
		.where(and(sql`${rounds.organisationId} in ${organisationIds}`, roundFinished(today)))
		.orderBy(desc(rounds.closesOn));
}

/**
 * Up to `limit` finished rounds of the same organisation on the same model that opened before this
 * one, oldest first, each with its layers in the platform's order: the trend of a report in one query.
 */
export async function earlierFinishedRounds(
	db: Db | Tx,
	round: Pick<RoundRow, 'organisationId' | 'modelId' | 'opensOn'>,
	today: string,
	limit = 5
): Promise<{ round: RoundRow; layers: Layer[] }[]> {
	const rows = await db
		.select({
			round: rounds,
			layers: sql<unknown>`coalesce((select json_agg(rl.layer) from round_layers rl where rl.round_id = ${rounds.id}), '[]'::json)`
		})
		.from(rounds)
		.where(
			and(
				eq(rounds.organisationId, round.organisationId),
				eq(rounds.modelId, round.modelId),
				roundFinished(today),
				lt(rounds.opensOn, round.opensOn)
			)
		)
		.orderBy(desc(rounds.closesOn))
		.limit(limit);
	return rows.reverse().map((row) => ({ round: row.round, layers: layersFrom(row.layers) }));
}

function layersFrom(value: unknown): Layer[] {
	const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
	if (!Array.isArray(list)) return [];
	return list.filter(isLayer).sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b));
}

/** The finished rounds on this model of every school of a sector, newest closing first, for the benchmark. */
export async function finishedSectorRounds(db: Db | Tx, sector: Sector, modelId: string, today: string) {
	return db
		.select({ round: rounds, schoolName: organisations.name })
		.from(rounds)
		.innerJoin(organisations, eq(organisations.id, rounds.organisationId))
		.where(
			and(
				eq(organisations.kind, 'school'),
				eq(organisations.sector, sector),
				eq(rounds.modelId, modelId),
				roundFinished(today)
			)
		)
		.orderBy(desc(rounds.closesOn));
}

/** The newest finished round of an organisation on a model that opened after `after`: where a plan's focus moved to. */
export async function laterFinishedRound(
	db: Db | Tx,
	of: { organisationId: string; modelId: string },
	after: string,
	today: string
): Promise<RoundRow | undefined> {
	const [row] = await db
		.select()
		.from(rounds)
		.where(
			and(
				eq(rounds.organisationId, of.organisationId),
				eq(rounds.modelId, of.modelId),
				gt(rounds.opensOn, after),
				roundFinished(today)
			)
		)
		.orderBy(desc(rounds.closesOn))
		.limit(1);
	return row;
}
