import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { roundInput } from '../../../schemas/rounds.ts';
import { hasIndicators } from '../../../domain/reflection/items.ts';
import { insertRoundWithCodes } from '../../repositories/layer-codes.ts';

export type RoundTexts = { introduction: string; privacyText: string };

/**
 * Start a round on the newest version of a model, which the round then keeps (pinned) even when the
 * model gets a new version. Every layer gets its own link and code.
 */
export async function createRound(
	db: Db,
	actorId: string | null,
	organisationId: unknown,
	input: unknown,
	defaults: RoundTexts
): Promise<{ id: string }> {
	const { actor, organisation } = await access(db, actorId, 'organisation', organisationId, 'rounds.manage');
	const data = parseInput(roundInput, input);
	const model = await getModelVersion(db, data.modelId);
	if (!model || model.content.kind !== 'model')
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'modelId', message: 'not_allowed' }]);
	const mode = data.mode === 'indicator' && hasIndicators(model.content) ? 'indicator' : 'aspect';
	const round = await insertRoundWithCodes(
		db,
		{
			organisationId: organisation.id,
			modelId: model.modelId,
			modelVersion: model.version,
			title: data.title,
			mode,
			opensOn: data.opensOn,
			closesOn: data.closesOn,
			openedAt: data.openNow ? new Date() : null,
			thresholdScores: data.thresholdScores,
			thresholdComments: data.thresholdComments,
			introduction: data.introduction || defaults.introduction,
			privacyText: data.privacyText || defaults.privacyText,
			maxPerLayer: data.maxPerLayer ?? null,
			createdBy: actor.userId
		},
		data.layers
	);
	return { id: round.id };
}
