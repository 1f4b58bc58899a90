import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { participations } from '../db/schema/index.ts';

const job = z.object({ roundId: z.uuid(), userId: z.uuid() });

/** Records that a signed-in person took part in a round, so reminders skip them. */
export async function recordParticipationJob(db: Db, data: unknown): Promise<void> {
	const { roundId, userId } = job.parse(data);
	await db.insert(participations).values({ roundId, userId }).onConflictDoNothing();
}
