/** "Jullie zeiden — wij gaan": a school's word to its respondents, per round. */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { roundFeedback } from '../db/schema/index.ts';

export type FeedbackRow = typeof roundFeedback.$inferSelect;

export async function feedbackOf(db: Db | Tx, roundId: string): Promise<FeedbackRow | undefined> {
	const [row] = await db.select().from(roundFeedback).where(eq(roundFeedback.roundId, roundId));
	return row;
}

export async function publishedFeedback(db: Db | Tx, roundId: string): Promise<FeedbackRow | undefined> {
	const [row] = await db
		.select()
		.from(roundFeedback)
		.where(and(eq(roundFeedback.roundId, roundId), isNotNull(roundFeedback.publishedAt)));
	return row;
}
