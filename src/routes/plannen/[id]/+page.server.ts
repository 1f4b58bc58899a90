import { isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext, type AppContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getPlan } from '#lib/server/use-cases/plans/get-plan.ts';
import { changeGoal } from '#lib/server/use-cases/plans/change-goal.ts';
import { saveAction } from '#lib/server/use-cases/plans/save-action.ts';
import { removeAction } from '#lib/server/use-cases/plans/remove-action.ts';
import { addMoment } from '#lib/server/use-cases/plans/add-moment.ts';
import { addPlanComment } from '#lib/server/use-cases/plans/add-plan-comment.ts';
import { copyPlan } from '#lib/server/use-cases/plans/copy-plan.ts';
import { addPlanActionSource } from '#lib/server/use-cases/plans/add-action-source.ts';
import { removePlanActionSource } from '#lib/server/use-cases/plans/remove-action-source.ts';
import { listSavedItems } from '#lib/server/use-cases/inspiration/list-saved-items.ts';
import { getNextStepInspiration } from '#lib/server/use-cases/inspiration/get-next-step-inspiration.ts';
import { nextStepsOfPlan } from '#lib/domain/inspiration/next-step.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const { db } = await appContext();
	const plan = await orHttpError(async () => getPlan(db, userId, params.id));
	const steps = nextStepsOfPlan(plan.goals, plan.model.levels.length);
	const inspiration = await getNextStepInspiration(db, userId, { modelId: plan.model.id, steps });
	// What the writer may name as an action's source: the matched items, then what they saved.
	const saved = plan.can.manage ? await listSavedItems(db, userId) : [];
	const sourceCandidates = [...inspiration, ...saved]
		.filter((item, i, all) => all.findIndex((other) => other.id === item.id) === i)
		.map((item) => ({ id: item.id, title: item.title }));
	return { plan, inspiration, sourceCandidates };
};

type Change = (db: AppContext['db'], actorId: string | null, planId: unknown, input: unknown) => Promise<unknown>;

/**
 * Every form on the page says which one it is (`form`), so that a failure is shown next to the
 * right form with what was typed.
 */
const change = (run: Change, done: string, ...fields: string[]) =>
	(async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => run((await appContext()).db, locals.user?.id ?? null, params.id, form),
			keepValues(form, 'form', ...fields)
		);
		return isActionFailure(result) ? result : { done };
	}) satisfies Actions[string];

export const actions: Actions = {
	doel: change(changeGoal, 'goal', 'goalId', 'targetLevel', 'description'),
	actie: change(saveAction, 'action', 'actionId', 'goalId', 'what', 'ownerId', 'startsOn', 'dueOn', 'status'),
	verwijderen: change(removeAction, 'removed', 'actionId'),
	moment: change(addMoment, 'moment', 'kind', 'heldOn', 'notes'),
	reactie: change(addPlanComment, 'comment', 'text'),
	bron: change(addPlanActionSource, 'source', 'actionId', 'itemId'),
	'bron-weg': change(removePlanActionSource, 'source', 'actionId', 'itemId'),
	kopieren: async ({ locals, params }) => {
		const result = await orActionFailure(async () =>
			copyPlan((await appContext()).db, locals.user?.id ?? null, params.id)
		);
		if ('id' in result) redirect(303, `/plannen/${result.id}`);
		return result;
	}
};
