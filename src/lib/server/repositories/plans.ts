/**
 * Plan queries. A plan is read by id after which its organisation decides access; lists are always
 * narrowed to organisations the caller was authorized for.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { planActions, planComments, planGoals, planMoments, plans, users } from '../db/schema/index.ts';

type DbLike = Db | Tx;
export type PlanRow = typeof plans.$inferSelect;
export type GoalRow = typeof planGoals.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect & { ownerName: string | null };

export async function findPlan(db: DbLike, id: string): Promise<PlanRow | undefined> {
	const [row] = await db.select().from(plans).where(eq(plans.id, id));
	return row;
}

export async function findPlanFor(
	db: DbLike,
	organisationId: string,
	schoolYear: string,
	modelId: string
): Promise<PlanRow | undefined> {
	const [row] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, organisationId), eq(plans.schoolYear, schoolYear), eq(plans.modelId, modelId)));
	return row;
}

export async function goalsOf(db: DbLike, planIds: string[]): Promise<GoalRow[]> {
	if (planIds.length === 0) return [];
	return db.select().from(planGoals).where(inArray(planGoals.planId, planIds)).orderBy(asc(planGoals.position));
}

export async function actionsOf(db: DbLike, planIds: string[]): Promise<ActionRow[]> {
	if (planIds.length === 0) return [];
	const rows = await db
		.select({ action: planActions, ownerName: users.name })
		.from(planActions)
		.leftJoin(users, eq(users.id, planActions.ownerId))
		.where(inArray(planActions.planId, planIds))
		.orderBy(asc(planActions.dueOn), asc(planActions.createdAt));
	return rows.map((r) => ({ ...r.action, ownerName: r.ownerName }));
}

export async function momentsOf(db: DbLike, planId: string) {
	return db
		.select({ id: planMoments.id, kind: planMoments.kind, heldOn: planMoments.heldOn, notes: planMoments.notes })
		.from(planMoments)
		.where(eq(planMoments.planId, planId))
		.orderBy(asc(planMoments.heldOn), asc(planMoments.createdAt));
}

/** The moments of these plans, the latest first: an overview shows each plan's last one. */
export async function latestMomentsOf(db: DbLike, planIds: string[]) {
	if (planIds.length === 0) return [];
	return db
		.select({ planId: planMoments.planId, kind: planMoments.kind, heldOn: planMoments.heldOn })
		.from(planMoments)
		.where(inArray(planMoments.planId, planIds))
		.orderBy(desc(planMoments.heldOn));
}

export async function commentsOfPlan(db: DbLike, planId: string) {
	return db
		.select({ id: planComments.id, text: planComments.text, createdAt: planComments.createdAt, author: users.name })
		.from(planComments)
		.leftJoin(users, eq(users.id, planComments.authorId))
		.where(eq(planComments.planId, planId))
		.orderBy(asc(planComments.createdAt));
}

export async function plansOf(db: DbLike, organisationIds: string[], schoolYear?: string): Promise<PlanRow[]> {
	if (organisationIds.length === 0) return [];
	return db
		.select()
		.from(plans)
		.where(
			and(
				inArray(plans.organisationId, organisationIds),
				schoolYear === undefined ? undefined : eq(plans.schoolYear, schoolYear)
			)
		)
		.orderBy(asc(plans.schoolYear));
}

/** The plans made from a round (one per school year at most). */
export async function plansFromRound(db: DbLike, roundId: string): Promise<{ id: string; schoolYear: string }[]> {
	return db
		.select({ id: plans.id, schoolYear: plans.schoolYear })
		.from(plans)
		.where(eq(plans.roundId, roundId))
		.orderBy(asc(plans.schoolYear));
}
