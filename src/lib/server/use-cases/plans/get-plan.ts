import type { Db } from '../../db/client.ts';
import { feedbackOf } from '../../repositories/round-feedback.ts';
import { can } from '../../../domain/permissions/can.ts';
import { access } from '../../auth/access.ts';
import { pinnedModel } from '../../reflection/round-model.ts';
import { roundReport } from '../../reports/round-report-data.ts';
import { laterFinishedRound } from '../../repositories/finished-rounds.ts';
import { findRound } from '../../repositories/rounds.ts';
import { membersOf } from '../../repositories/memberships.ts';
import { actionsOf, commentsOfPlan, findPlanFor, goalsOf, momentsOf } from '../../repositories/plans.ts';
import { sourcesOfPlan } from '../../repositories/inspiration-use.ts';
import { readerOfActor } from '../inspiration/reader.ts';
import { suggestionsFor } from '../../../domain/plan/suggestions.ts';
import { modelScale } from '../../../domain/model/model-scale.ts';
import { movementOf, type LayerMedians } from '../../../domain/plan/movement.ts';
import { progressOf } from '../../../domain/plan/plan.ts';
import { nextSchoolYear } from '../../../domain/plan/school-year.ts';
import { ROUND_LAYERS } from '../../../domain/reflection/layers.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import type { SchoolReport } from '../../../domain/reflection/report/school-report.ts';

const mediansOf = (report: SchoolReport, aspectId: string): LayerMedians => {
	const aspect = report.aspects.find((a) => a.aspectId === aspectId);
	return Object.fromEntries(Object.entries(aspect?.byLayer ?? {}).map(([layer, s]) => [layer, s?.median ?? null]));
};

/**
 * A plan with everything its page shows: goals with the model's suggestions, actions with owners,
 * the inspiration each action names as its source, the moments of the cycle, the team's comments, and — once a later round on the same model has
 * finished — how each focus aspect moved per layer since the round the plan was made from.
 */
export async function getPlan(db: Db, actorId: string | null, id: unknown) {
	const { actor, resource: plan, organisation, target } = await access(db, actorId, 'plan', id, 'plans.view');
	const today = dutchDate(new Date());
	const model = await pinnedModel(db, plan.modelId, plan.modelVersion);
	const [goals, actions, moments, comments, sources] = await Promise.all([
		goalsOf(db, [plan.id]),
		actionsOf(db, [plan.id]),
		momentsOf(db, plan.id),
		commentsOfPlan(db, plan.id),
		sourcesOfPlan(db, plan.id, readerOfActor(actor))
	]);
	const mayManage = can(actor, 'plans.manage', target);

	const base = plan.roundId ? await findRound(db, plan.roundId) : undefined;
	const later = base ? await laterFinishedRound(db, plan, base.closesOn, today) : undefined;
	const before = base ? (await roundReport(db, base)).report : null;
	const after = later ? (await roundReport(db, later)).report : null;
	const feedback = base ? await feedbackOf(db, base.id) : undefined;
	const nextYear = await findPlanFor(db, plan.organisationId, nextSchoolYear(plan.schoolYear), plan.modelId);

	return {
		plan: { id: plan.id, schoolYear: plan.schoolYear, copiedFrom: plan.copiedFrom },
		organisation: { id: organisation.id, name: organisation.name },
		model: {
			id: model.id,
			title: model.title,
			version: plan.modelVersion,
			...modelScale(model)
		},
		round: base ? { id: base.id, title: base.title } : null,
		laterRound: later ? { id: later.id, title: later.title, closesOn: later.closesOn } : null,
		goals: goals.map((g) => {
			const aspect = model.aspects.find((a) => a.id === g.aspectId);
			return {
				id: g.id,
				aspectId: g.aspectId,
				aspectName: aspect?.name ?? g.aspectId,
				currentLevel: g.currentLevel,
				currentMedian: g.currentMedian,
				targetLevel: g.targetLevel,
				description: g.description,
				suggestions: aspect ? suggestionsFor(model, aspect, g.currentLevel, g.targetLevel) : { steps: [], actions: [] },
				actions: actions
					.filter((a) => a.goalId === g.id)
					.map((a) => ({
						id: a.id,
						what: a.what,
						ownerId: a.ownerId,
						ownerName: a.ownerName,
						startsOn: a.startsOn,
						dueOn: a.dueOn,
						status: a.status,
						overdue: a.status !== 'done' && a.status !== 'dropped' && a.dueOn !== null && a.dueOn < today,
						sources: sources.filter((s) => s.actionId === a.id).map((s) => ({ id: s.itemId, title: s.title }))
					})),
				movement:
					before && after ? movementOf(mediansOf(before, g.aspectId), mediansOf(after, g.aspectId), ROUND_LAYERS) : null
			};
		}),
		progress: progressOf(actions, today),
		moments,
		comments,
		members: mayManage ? (await membersOf(db, organisation.id)).map((m) => ({ id: m.userId, name: m.name })) : [],
		feedback: base ? { roundId: base.id, published: feedback?.publishedAt != null } : null,
		nextYear: { schoolYear: nextSchoolYear(plan.schoolYear), planId: nextYear?.id ?? null },
		can: { manage: mayManage, comment: can(actor, 'plans.comment', target) },
		today
	};
}
