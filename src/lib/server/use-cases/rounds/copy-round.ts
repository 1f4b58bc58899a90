import type { Db } from '../../db/client.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { layersOf } from '../../repositories/rounds.ts';
import { insertRoundWithCodes } from '../../repositories/layer-codes.ts';
import { addDays, dutchDate } from '../../../domain/reflection/round.ts';
import { access } from '../../auth/access.ts';

/**
 * Next school year's round: the same settings and layers on the model's newest version, as a draft
 * with new codes (old links keep pointing at the old round) and the same length of time.
 */
export async function copyRound(db: Db, actorId: string | null, id: unknown): Promise<{ id: string }> {
	const { actor, resource: round } = await access(db, actorId, 'round', id, 'rounds.manage');
	const latest = await getModelVersion(db, round.modelId);
	const layers = await layersOf(db, round.id);
	const length = Math.max(1, Math.round((Date.parse(round.closesOn) - Date.parse(round.opensOn)) / 86_400_000));
	const opensOn =
		addDays(round.opensOn, 364) > dutchDate(new Date()) ? addDays(round.opensOn, 364) : dutchDate(new Date());
	const copy = await insertRoundWithCodes(
		db,
		{
			organisationId: round.organisationId,
			modelId: round.modelId,
			modelVersion: latest?.version ?? round.modelVersion,
			title: round.title,
			mode: round.mode,
			opensOn,
			closesOn: addDays(opensOn, length),
			thresholdScores: round.thresholdScores,
			thresholdComments: round.thresholdComments,
			introduction: round.introduction,
			privacyText: round.privacyText,
			maxPerLayer: round.maxPerLayer,
			copiedFrom: round.id,
			createdBy: actor.userId
		},
		layers.map((l) => l.layer)
	);
	return { id: copy.id };
}
