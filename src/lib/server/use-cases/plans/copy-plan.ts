import type { Db } from '../../db/client.ts';
import { insertActions, insertGoal, insertPlan } from '../../repositories/plan-inserts.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { actionsOf, findPlanFor, goalsOf } from '../../repositories/plans.ts';
import { copyActionSources } from '../../repositories/inspiration-use.ts';
import { carriedOver } from '../../../domain/plan/plan.ts';
import { nextSchoolYear } from '../../../domain/plan/school-year.ts';

/**
 * Copies a plan into the next school year: the same goals, and the actions not yet done (back to
 * "gepland", without dates) with the inspiration they name as their source. It keeps the round it
 * was made from, so the next round still shows how the focus aspects moved.
 */
export async function copyPlan(db: Db, actorId: string | null, planId: unknown): Promise<{ id: string }> {
	const { actor, resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const schoolYear = nextSchoolYear(plan.schoolYear);
	if (await findPlanFor(db, plan.organisationId, schoolYear, plan.modelId))
		throw new AppError('conflict', 'conflict', [{ field: 'form', message: 'plan_exists' }]);
	const goals = await goalsOf(db, [plan.id]);
	const open = carriedOver(await actionsOf(db, [plan.id]));
	return db.transaction(async (tx) => {
		const copy = await insertPlan(tx, {
			organisationId: plan.organisationId,
			schoolYear,
			modelId: plan.modelId,
			modelVersion: plan.modelVersion,
			roundId: plan.roundId,
			copiedFrom: plan.id,
			createdBy: actor.userId
		});
		if (!copy) throw new AppError('conflict', 'conflict', [{ field: 'form', message: 'plan_exists' }]);
		const goalIds = new Map<string, string>();
		for (const g of goals) {
			const id = await insertGoal(tx, {
				planId: copy,
				aspectId: g.aspectId,
				currentLevel: g.currentLevel,
				currentMedian: g.currentMedian,
				targetLevel: g.targetLevel,
				description: g.description,
				position: g.position
			});
			goalIds.set(g.id, id);
		}
		const copies = await insertActions(
			tx,
			open.map((a) => ({
				planId: copy,
				goalId: goalIds.get(a.goalId)!,
				what: a.what,
				ownerId: a.ownerId,
				status: a.status,
				startsOn: a.startsOn,
				dueOn: a.dueOn
			}))
		);
		await copyActionSources(
			tx,
			open.map((a, i) => ({ from: a.id, to: copies[i]! }))
		);
		return { id: copy };
	});
}
