import type { Db } from '../../db/client.ts';
import { can } from '../../../domain/permissions/can.ts';
import { layersOf, responseCounts } from '../../repositories/rounds.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { sessionsOfRound } from '../../repositories/dialogues.ts';
import { closingDay, dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { access } from '../../auth/access.ts';
import type { Layer } from '../../../domain/model/format.ts';
import { visibleCodeLayers } from '../../../domain/reflection/layers.ts';

export type RoundPage = Awaited<ReturnType<typeof getRound>>;

/**
 * A round's page: its settings, how many answered per layer, and the codes the person may see — all
 * of them for whoever manages the round, else at most their own layer's (ADR 011). Codes of other
 * layers are left out here, so they never reach the page's data either.
 */
export async function getRound(db: Db, actorId: string | null, id: unknown) {
	const { actor, organisation, target, resource: round } = await access(db, actorId, 'round', id, 'rounds.view');
	const layers = await layersOf(db, round.id);
	const canManage = can(actor, 'rounds.manage', target);
	const visible = visibleCodeLayers(
		actor,
		target,
		layers.map((l) => l.layer),
		canManage
	);
	const counts = await responseCounts(db, [round.id]);
	const model = await getModelVersion(db, round.modelId, round.modelVersion);
	const countOf = (layer: Layer, status: 'draft' | 'submitted') =>
		counts.find((c) => c.layer === layer && c.status === status)?.n ?? 0;
	return {
		organisation: { id: organisation.id, name: organisation.name },
		round: {
			id: round.id,
			title: round.title,
			status: roundStatus(round, dutchDate(new Date())),
			opensOn: round.opensOn,
			/** The planned closing date, which the leader may move. */
			closesOn: round.closesOn,
			closes: closingDay(round),
			today: dutchDate(new Date()),
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
			submitted: countOf(l.layer, 'submitted'),
			drafts: countOf(l.layer, 'draft')
		})),
		codes: layers.filter((l) => visible.includes(l.layer)),
		canManage,
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
