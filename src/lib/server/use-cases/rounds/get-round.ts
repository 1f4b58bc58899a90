import type { Db } from '../../db/client.ts';
import { can } from '../../../domain/permissions/can.ts';
import { layersOf, responseCounts } from '../../repositories/rounds.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { sessionsOfRound } from '../../repositories/dialogues.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { authorizeRound } from './authorize-round.ts';
import type { Layer } from '../../../domain/model/format.ts';

export type RoundPage = Awaited<ReturnType<typeof getRound>>;

/** A round's page: its settings, a link and code per layer, and how many answered per layer. */
export async function getRound(db: Db, actorId: string | null, id: unknown) {
	const { actor, organisation, target, round } = await authorizeRound(db, actorId, id, 'rounds.view');
	const layers = await layersOf(db, round.id);
	const counts = await responseCounts(db, [round.id]);
	const model = await getModelVersion(db, round.modelId, round.modelVersion);
	const countOf = (layer: Layer, status: 'draft' | 'submitted') =>
		counts.find((c) => c.layer === layer && c.status === status)?.n ?? 0;
	return {
		organisation: { id: organisation.id, name: organisation.name },
		round: {
			id: round.id,
			title: round.title,
			status: roundStatus(round, dutchDate()),
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			mode: round.mode,
			thresholdScores: round.thresholdScores,
			thresholdComments: round.thresholdComments,
			maxPerLayer: round.maxPerLayer,
			modelTitle: model?.title ?? round.modelId,
			modelId: round.modelId,
			modelVersion: round.modelVersion
		},
		layers: layers.map((l) => ({
			layer: l.layer,
			code: l.code,
			submitted: countOf(l.layer, 'submitted'),
			drafts: countOf(l.layer, 'draft')
		})),
		canManage: can(actor, 'rounds.manage', target),
		// Live team dialogues on this round, for those who may lead one.
		dialogue: can(actor, 'dialogue.facilitate', target)
			? {
					aspects:
						model?.content.kind === 'model' ? model.content.aspects.map((a) => ({ id: a.id, name: a.name })) : [],
					sessions: (await sessionsOfRound(db, round.id)).map((s) => ({
						id: s.id,
						title: s.title,
						startedOn: dutchDate(s.createdAt),
						closed: s.closedAt !== null,
						aspects: s.aspectIds.length
					}))
				}
			: null
	};
}
