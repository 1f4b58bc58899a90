import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { roundLayers, rounds, responses, participations, organisations } from '../db/schema/index.ts';
import { LAYERS, type Layer } from '../../domain/model/format.ts';

type DbLike = Db | Tx;
export type RoundRow = typeof rounds.$inferSelect;

export async function findRound(db: DbLike, id: string): Promise<RoundRow | undefined> {
	const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
	return row;
}

/** A round's layers in the platform's order (board first, parents and partners last). */
export async function layersOf(db: DbLike, roundId: string): Promise<{ layer: Layer; code: string }[]> {
	const rows = await db
		.select({ layer: roundLayers.layer, code: roundLayers.code })
		.from(roundLayers)
		.where(eq(roundLayers.roundId, roundId));
	return rows.sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer));
}

/** Rounds of one organisation, newest first; the caller has been authorized for that organisation. */
export async function roundsOf(db: DbLike, organisationId: string): Promise<RoundRow[]> {
	return db.select().from(rounds).where(eq(rounds.organisationId, organisationId)).orderBy(desc(rounds.createdAt));
}

/** Submitted and draft responses per layer: counts only, never answers. */
export async function responseCounts(
	db: DbLike,
	roundIds: string[]
): Promise<{ roundId: string; layer: Layer; status: 'draft' | 'submitted'; n: number }[]> {
	if (roundIds.length === 0) return [];
	return db
		.select({ roundId: responses.roundId, layer: responses.layer, status: responses.status, n: count() })
		.from(responses)
		.where(inArray(responses.roundId, roundIds))
		.groupBy(responses.roundId, responses.layer, responses.status);
}

export async function findLayerByCode(db: DbLike, code: string) {
	const [row] = await db
		.select({ round: rounds, layer: roundLayers.layer, organisationName: organisations.name })
		.from(roundLayers)
		.innerJoin(rounds, eq(rounds.id, roundLayers.roundId))
		.innerJoin(organisations, eq(organisations.id, rounds.organisationId))
		.where(eq(roundLayers.code, code));
	return row;
}

export async function participantIds(db: DbLike, roundId: string): Promise<Set<string>> {
	const rows = await db
		.select({ userId: participations.userId })
		.from(participations)
		.where(eq(participations.roundId, roundId));
	return new Set(rows.map((r) => r.userId));
}

/** Open rounds of these organisations that ask these layers, for the landing page. */
export async function openRoundsFor(db: DbLike, organisationIds: string[], today: string) {
	if (organisationIds.length === 0) return [];
	return db
		.select({ round: rounds, layer: roundLayers.layer, code: roundLayers.code, organisationName: organisations.name })
		.from(rounds)
		.innerJoin(roundLayers, eq(roundLayers.roundId, rounds.id))
		.innerJoin(organisations, eq(organisations.id, rounds.organisationId))
		.where(
			and(
				inArray(rounds.organisationId, organisationIds),
				sql`${rounds.openedAt} is not null and ${rounds.closedAt} is null and ${rounds.opensOn} <= ${today} and ${rounds.closesOn} >= ${today}`
			)
		)
		.orderBy(asc(rounds.closesOn));
}
