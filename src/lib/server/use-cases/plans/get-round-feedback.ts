import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { roundReport } from '../../reports/round-report-data.ts';
import { feedbackOf } from '../../repositories/round-feedback.ts';
import { layersOf } from '../../repositories/rounds.ts';
import { actionsOf, goalsOf, plansFromRound } from '../../repositories/plans.ts';
import { feedbackDraft } from '../../plans/feedback-draft.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { modelScale } from '../../../domain/model/model-scale.ts';

/**
 * What the school will tell its respondents about a finished round: the saved text, or a draft from
 * the report and the plan made from the round. Written and published by whoever manages the plans.
 */
export async function getRoundFeedback(db: Db, actorId: string | null, roundId: unknown) {
	const { resource: round, organisation } = await access(db, actorId, 'round', roundId, 'plans.manage');
	if (roundStatus(round, dutchDate(new Date())) !== 'closed') throw new AppError('conflict');
	const saved = await feedbackOf(db, round.id);
	const made = await plansFromRound(db, round.id);
	let draft = { youSaid: '', weWill: '' };
	if (!saved) {
		const { model, report } = await roundReport(db, round);
		const ids = made.map((p) => p.id);
		const [goals, actions] = await Promise.all([goalsOf(db, ids), actionsOf(db, ids)]);
		draft = feedbackDraft(
			report,
			modelScale(model),
			goals.map((g) => ({
				aspectName: model.aspects.find((a) => a.id === g.aspectId)?.name ?? g.aspectId,
				currentLevel: g.currentLevel,
				targetLevel: g.targetLevel,
				actions: actions.filter((a) => a.goalId === g.id && a.status !== 'dropped')
			}))
		);
	}
	return {
		round: { id: round.id, title: round.title },
		organisation: { id: organisation.id, name: organisation.name },
		youSaid: saved?.youSaid ?? draft.youSaid,
		weWill: saved?.weWill ?? draft.weWill,
		publishedAt: saved?.publishedAt ?? null,
		/** The respondents reach the page through their own layer's code. */
		layers: await layersOf(db, round.id),
		plans: made.map((p) => ({ id: p.id, schoolYear: p.schoolYear }))
	};
}
