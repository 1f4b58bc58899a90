/** Who took part in a round (never what they answered): reminders skip them. */
import type { Db, Tx } from '../db/client.ts';
import { participations } from '../db/schema/index.ts';

export async function recordParticipation(db: Db | Tx, roundId: string, userId: string): Promise<void> {
	await db.insert(participations).values({ roundId, userId }).onConflictDoNothing();
}
