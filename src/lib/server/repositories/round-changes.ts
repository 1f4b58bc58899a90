/** A round's life as its leader changes it: opened, closed by hand, or its closing date moved. */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { rounds } from '../db/schema/index.ts';

type DbLike = Db | Tx;

export async function openRound(db: DbLike, roundId: string, opensOn: string): Promise<void> {
	await db.update(rounds).set({ openedAt: new Date(), opensOn }).where(eq(rounds.id, roundId));
}

export async function closeRound(db: DbLike, roundId: string): Promise<void> {
	await db.update(rounds).set({ closedAt: new Date() }).where(eq(rounds.id, roundId));
}

/** A new closing date also reopens a round that was closed by hand. */
export async function moveClosing(db: DbLike, roundId: string, closesOn: string): Promise<void> {
	await db.update(rounds).set({ closesOn, closedAt: null }).where(eq(rounds.id, roundId));
}
