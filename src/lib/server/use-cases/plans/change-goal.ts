import type { Db } from '../../db/client.ts';
import { findGoalOfPlan, setGoalTarget, touchPlan } from '../../repositories/plan-writes.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { pinnedModel } from '../../reflection/round-model.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { goalInput } from '../../../schemas/plans.ts';

/** Sets a goal's target phase (always above where the school was) and its description. */
export async function changeGoal(db: Db, actorId: string | null, planId: unknown, input: unknown): Promise<void> {
	const { resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const data = parseInput(goalInput, input);
	const model = await pinnedModel(db, plan.modelId, plan.modelVersion);
	const goal = await findGoalOfPlan(db, plan.id, data.goalId);
	if (!goal) throw new AppError('not_found');
	if (data.targetLevel <= goal.currentLevel || data.targetLevel > model.levels.length)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'targetLevel', message: 'target_above' }]);
	await db.transaction(async (tx) => {
		await setGoalTarget(tx, plan.id, goal.id, { targetLevel: data.targetLevel, description: data.description });
		await touchPlan(tx, plan.id);
	});
}
