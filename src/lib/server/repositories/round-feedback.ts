/** "Jullie zeiden — wij gaan": a school's word to its respondents, per round. */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
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

/**
 * Saves the school's word for a round. Publishing keeps the first moment it was published; taking
 * it back clears that moment.
 */
export async function saveFeedback(
	db: Db | Tx,
	roundId: string,
	values: { youSaid: string; weWill: string; publish: boolean },
	updatedBy: string
): Promise<void> {
	const { youSaid, weWill, publish } = values;
	const publishedAt = publish ? sql`coalesce(${roundFeedback.publishedAt}, now())` : null;
	await db
		.insert(roundFeedback)
		.values({ roundId, youSaid, weWill, publishedAt: publish ? sql`now()` : null, updatedBy })
		.onConflictDoUpdate({
			target: roundFeedback.roundId,
			set: { youSaid, weWill, publishedAt, updatedBy, updatedAt: sql`now()` }
		});
}
