import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { findLayerByCode } from '../../repositories/rounds.ts';
import { publishedFeedback } from '../../repositories/round-feedback.ts';
import { requireCode } from '../../reflection/codes.ts';

/**
 * Public: whoever has a round's layer code — the respondents — may read what the school published
 * about what it will do with the answers. Nothing before the school publishes it.
 */
export async function getPublishedFeedback(db: Db, rawCode: string) {
	const code = requireCode(rawCode);
	const found = await findLayerByCode(db, code);
	if (!found) throw new AppError('not_found');
	const feedback = await publishedFeedback(db, found.round.id);
	if (!feedback || !feedback.publishedAt) throw new AppError('not_found');
	return {
		code,
		round: { title: found.round.title, organisationName: found.organisationName },
		youSaid: feedback.youSaid,
		weWill: feedback.weWill,
		publishedAt: feedback.publishedAt
	};
}
