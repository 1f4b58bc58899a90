/** Changes to a plan and its goals, actions, moments and comments; each narrowed to its plan. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { planActions, planComments, planGoals, planMoments, plans } from '../db/schema/index.ts';

type DbLike = Db | Tx;
type ActionValues = Omit<typeof planActions.$inferInsert, 'id' | 'planId'>;
type MomentValues = Pick<typeof planMoments.$inferInsert, 'kind' | 'heldOn' | 'notes'>;

export async function findGoalOfPlan(db: DbLike, planId: string, goalId: string) {
	const [row] = await db
		.select()
		.from(planGoals)
		.where(and(eq(planGoals.id, goalId), eq(planGoals.planId, planId)));
	return row;
}

/** A change to a plan's parts is a change to the plan: its "last changed" follows. */
export async function touchPlan(db: DbLike, planId: string): Promise<void> {
	await db
		.update(plans)
		.set({ updatedAt: sql`now()` })
		.where(eq(plans.id, planId));
}

export async function setGoalTarget(
	db: DbLike,
	planId: string,
	goalId: string,
	values: { targetLevel: number; description: string }
): Promise<void> {
	await db
		.update(planGoals)
		.set(values)
		.where(and(eq(planGoals.id, goalId), eq(planGoals.planId, planId)));
}

export async function insertAction(db: DbLike, planId: string, values: ActionValues): Promise<string> {
	const [row] = await db
		.insert(planActions)
		.values({ ...values, planId })
		.returning({ id: planActions.id });
	return row!.id;
}

/** Changes an action of this plan; undefined when the plan has no such action. */
export async function updateAction(
	db: DbLike,
	planId: string,
	actionId: string,
	values: ActionValues
): Promise<string | undefined> {
	const [row] = await db
		.update(planActions)
		.set(values)
		.where(and(eq(planActions.id, actionId), eq(planActions.planId, planId)))
		.returning({ id: planActions.id });
	return row?.id;
}

/** Removes an action of this plan; false when the plan has no such action. */
export async function deleteAction(db: DbLike, planId: string, actionId: string): Promise<boolean> {
	const removed = await db
		.delete(planActions)
		.where(and(eq(planActions.id, actionId), eq(planActions.planId, planId)))
		.returning({ id: planActions.id });
	return removed.length > 0;
}

export async function insertMoment(db: DbLike, planId: string, values: MomentValues, createdBy: string) {
	await db.insert(planMoments).values({ planId, ...values, createdBy });
}

export async function insertPlanComment(db: DbLike, planId: string, authorId: string, text: string) {
	await db.insert(planComments).values({ planId, authorId, text });
}
