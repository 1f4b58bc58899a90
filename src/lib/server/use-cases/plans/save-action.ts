import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, planActions, planGoals, plans } from '../../db/schema/index.ts';
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
	const [goal] = await db
		.select({ id: planGoals.id })
		.from(planGoals)
		.where(and(eq(planGoals.id, data.goalId), eq(planGoals.planId, plan.id)));
	if (!goal) throw new AppError('invalid_input', 'invalid_input', [{ field: 'goalId', message: 'not_allowed' }]);
	if (data.ownerId) {
		const [member] = await db
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.userId, data.ownerId), eq(memberships.organisationId, plan.organisationId)));
		if (!member) throw new AppError('invalid_input', 'invalid_input', [{ field: 'ownerId', message: 'not_allowed' }]);
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
		let id: string | undefined;
		if (data.actionId) {
			const [row] = await tx
				.update(planActions)
				.set(values)
				.where(and(eq(planActions.id, data.actionId), eq(planActions.planId, plan.id)))
				.returning({ id: planActions.id });
			if (!row) throw new AppError('not_found');
			id = row.id;
		} else {
			const [row] = await tx
				.insert(planActions)
				.values({ ...values, planId: plan.id })
				.returning({ id: planActions.id });
			id = row!.id;
		}
		await tx
			.update(plans)
			.set({ updatedAt: sql`now()` })
			.where(eq(plans.id, plan.id));
		return { id };
	});
}
