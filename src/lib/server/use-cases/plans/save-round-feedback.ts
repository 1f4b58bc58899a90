import type { Db } from '../../db/client.ts';
import { saveFeedback } from '../../repositories/round-feedback.ts';
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
	await saveFeedback(db, round.id, data, actor.userId);
	return { published: data.publish };
}
