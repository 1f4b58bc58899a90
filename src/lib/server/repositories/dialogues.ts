/**
 * Dialogue sessions, placements and agreements. Every write that changes what a screen shows ends
 * with `pg_notify('dialogue', <session id>)` in the same transaction, so every app server hears of it
 * once it is committed (ADR 010).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { executeRows, type Db, type Tx } from '../db/client.ts';
import { dialogueAgreements, dialoguePlacements, dialogueSessions } from '../db/schema/index.ts';
import type { PlacementCount } from '../../domain/dialogue/dialogue.ts';
import type { AgreementRecord } from '../../domain/dialogue/agreements.ts';
import type { Layer } from '../../domain/model/format.ts';

type DbLike = Db | Tx;
export type SessionRow = typeof dialogueSessions.$inferSelect;

export const DIALOGUE_CHANNEL = 'dialogue';

const notify = (sessionId: string) => sql`select pg_notify(${DIALOGUE_CHANNEL}, ${sessionId})`;

export async function findSession(db: DbLike, id: string): Promise<SessionRow | undefined> {
	const [row] = await db.select().from(dialogueSessions).where(eq(dialogueSessions.id, id));
	return row;
}

export async function findSessionByCode(db: DbLike, code: string): Promise<SessionRow | undefined> {
	const [row] = await db.select().from(dialogueSessions).where(eq(dialogueSessions.code, code));
	return row;
}

/** The sessions held on a round, newest first; the caller has been authorized for the round. */
export async function sessionsOfRound(db: DbLike, roundId: string): Promise<SessionRow[]> {
	return db
		.select()
		.from(dialogueSessions)
		.where(eq(dialogueSessions.roundId, roundId))
		.orderBy(desc(dialogueSessions.createdAt));
}

export async function insertSession(
	db: DbLike,
	values: {
		roundId: string;
		organisationId: string;
		code: string;
		title: string;
		aspectIds: string[];
		createdBy: string;
	}
): Promise<SessionRow | undefined> {
	const [row] = await db.insert(dialogueSessions).values(values).onConflictDoNothing().returning();
	return row;
}

/** Moves the session (or reveals, or closes it) and tells every server. */
export async function updateSession(
	db: Db,
	sessionId: string,
	change: { currentIndex?: number; revealedAspectIds?: string[]; closedAt?: Date }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(dialogueSessions).set(change).where(eq(dialogueSessions.id, sessionId));
		await tx.execute(notify(sessionId));
	});
}

/**
 * A participant's placement on the session's current aspect, in one statement: it is written only
 * while the session is open, on that aspect and not yet revealed, and the notification goes out with
 * it. Returns false when the session had moved on.
 */
export async function upsertPlacement(
	db: DbLike,
	p: { sessionId: string; aspectId: string; participant: string; layer: Layer; level: number | null }
): Promise<boolean> {
	const rows = await executeRows(
		db,
		sql`
		with s as (
			select id from dialogue_sessions
			where id = ${p.sessionId} and closed_at is null and aspect_ids ->> current_index = ${p.aspectId}
				and not revealed_aspect_ids @> to_jsonb(${p.aspectId}::text)
		), w as (
			insert into dialogue_placements (session_id, aspect_id, participant, layer, level, dont_know)
			select s.id, ${p.aspectId}, ${p.participant}, ${p.layer}, ${p.level}::smallint, ${p.level === null}
			from s
			on conflict (session_id, aspect_id, participant)
			do update set layer = excluded.layer, level = excluded.level, dont_know = excluded.dont_know
			returning session_id
		)
		select pg_notify(${DIALOGUE_CHANNEL}, session_id::text) as notified from w`
	);
	return rows.length > 0;
}

export async function placementOf(
	db: DbLike,
	sessionId: string,
	aspectId: string,
	participant: string
): Promise<{ level: number | null } | undefined> {
	const [row] = await db
		.select({ level: dialoguePlacements.level })
		.from(dialoguePlacements)
		.where(
			and(
				eq(dialoguePlacements.sessionId, sessionId),
				eq(dialoguePlacements.aspectId, aspectId),
				eq(dialoguePlacements.participant, participant)
			)
		);
	return row;
}

/** Placements of one aspect counted per layer and level: counts only, never a row per person. */
export async function placementCounts(db: DbLike, sessionId: string, aspectId: string): Promise<PlacementCount[]> {
	const rows = await db
		.select({ layer: dialoguePlacements.layer, level: dialoguePlacements.level, n: sql<number>`count(*)::int` })
		.from(dialoguePlacements)
		.where(and(eq(dialoguePlacements.sessionId, sessionId), eq(dialoguePlacements.aspectId, aspectId)))
		.groupBy(dialoguePlacements.layer, dialoguePlacements.level);
	return rows.map((r) => ({ layer: r.layer, level: r.level, n: Number(r.n) }));
}

export async function agreementOf(db: DbLike, sessionId: string, aspectId: string) {
	const [row] = await db
		.select({ level: dialogueAgreements.level, notes: dialogueAgreements.notes })
		.from(dialogueAgreements)
		.where(and(eq(dialogueAgreements.sessionId, sessionId), eq(dialogueAgreements.aspectId, aspectId)));
	return row;
}

export async function saveAgreement(
	db: Db,
	a: { sessionId: string; aspectId: string; level: number | null; notes: string; agreedOn: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.insert(dialogueAgreements)
			.values(a)
			.onConflictDoUpdate({
				target: [dialogueAgreements.sessionId, dialogueAgreements.aspectId],
				set: { level: a.level, notes: a.notes, agreedOn: a.agreedOn }
			});
		await tx.execute(notify(a.sessionId));
	});
}

/**
 * Every agreement made in the round's conversations, each with its conversation: a later
 * conversation never replaces an earlier one's (the report shows them all, dated). The caller has
 * been authorized for the round.
 */
export async function agreementsOfRound(db: DbLike, roundId: string): Promise<AgreementRecord[]> {
	return db
		.select({
			aspectId: dialogueAgreements.aspectId,
			level: dialogueAgreements.level,
			notes: dialogueAgreements.notes,
			agreedOn: dialogueAgreements.agreedOn,
			session: dialogueSessions.title,
			sessionStartedAt: dialogueSessions.createdAt
		})
		.from(dialogueAgreements)
		.innerJoin(dialogueSessions, eq(dialogueSessions.id, dialogueAgreements.sessionId))
		.where(eq(dialogueSessions.roundId, roundId));
}
