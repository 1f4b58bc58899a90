import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { roundFeedback } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { feedbackInput } from '../../../schemas/plans.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';

/**
 * Saves what the school tells its respondents, and publishes it behind the round's respondent links
 * when asked to (or takes it back). The school decides when.
 */
export async function saveRoundFeedback(
	db: Db,
	actorId: string | null,
	roundId: unknown,
	input: unknown
): Promise<{ published: boolean }> {
	const { actor, resource: round } = await access(db, actorId, 'round', roundId, 'plans.manage');
	if (roundStatus(round, dutchDate(new Date())) !== 'closed') throw new AppError('conflict');
	const data = parseInput(feedbackInput, input);
	const publishedAt = data.publish ? sql`coalesce(${roundFeedback.publishedAt}, now())` : null;
	await db
		.insert(roundFeedback)
		.values({
			roundId: round.id,
			youSaid: data.youSaid,
			weWill: data.weWill,
			publishedAt: data.publish ? sql`now()` : null,
			updatedBy: actor.userId
		})
		.onConflictDoUpdate({
			target: roundFeedback.roundId,
			set: { youSaid: data.youSaid, weWill: data.weWill, publishedAt, updatedBy: actor.userId, updatedAt: sql`now()` }
		});
	return { published: data.publish };
}
