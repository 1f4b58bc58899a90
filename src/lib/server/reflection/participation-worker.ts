import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { recordParticipation } from '../repositories/participations.ts';

const job = z.object({ roundId: z.uuid(), userId: z.uuid() });

/** Records that a signed-in person took part in a round, so reminders skip them. */
export async function recordParticipationJob(db: Db, data: unknown): Promise<void> {
	const { roundId, userId } = job.parse(data);
	await recordParticipation(db, roundId, userId);
}
