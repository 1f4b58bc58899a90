import type { Db } from '../../db/client.ts';
import { findGoalOfPlan, insertAction, touchPlan, updateAction } from '../../repositories/plan-writes.ts';
import { isMemberOf } from '../../repositories/memberships.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { actionInput } from '../../../schemas/plans.ts';

/**
 * Adds an action to a goal, or changes one: what, who (a member of the school), when, and how far it
 * is. A new due date means a new reminder.
 */
export async function saveAction(
	db: Db,
	actorId: string | null,
	planId: unknown,
	input: unknown
): Promise<{ id: string }> {
	const { resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const data = parseInput(actionInput, input);
	const goal = await findGoalOfPlan(db, plan.id, data.goalId);
	if (!goal) throw new AppError('invalid_input', 'invalid_input', [{ field: 'goalId', message: 'not_allowed' }]);
	if (data.ownerId) {
		if (!(await isMemberOf(db, plan.organisationId, data.ownerId)))
			throw new AppError('invalid_input', 'invalid_input', [{ field: 'ownerId', message: 'not_allowed' }]);
	}
	const values = {
		goalId: goal.id,
		what: data.what,
		ownerId: data.ownerId,
		startsOn: data.startsOn,
		dueOn: data.dueOn,
		status: data.status
	};
	return db.transaction(async (tx) => {
		const id = data.actionId
			? await updateAction(tx, plan.id, data.actionId, values)
			: await insertAction(tx, plan.id, values);
		if (!id) throw new AppError('not_found');
		await touchPlan(tx, plan.id);
		return { id };
	});
}
