/** Open plan actions with an owner that fall due in a period, and marking each as reminded for its due date. */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { organisations, planActions, plans, users } from '../db/schema/index.ts';

export async function openActionsDueBetween(db: Db, from: string, until: string) {
	return db
		.select({
			id: planActions.id,
			planId: planActions.planId,
			what: planActions.what,
			ownerId: planActions.ownerId,
			status: planActions.status,
			dueOn: planActions.dueOn,
			remindedFor: planActions.remindedFor,
			email: users.email,
			locale: users.locale,
			school: organisations.name
		})
		.from(planActions)
		.innerJoin(plans, eq(plans.id, planActions.planId))
		.innerJoin(organisations, eq(organisations.id, plans.organisationId))
		.innerJoin(users, eq(users.id, planActions.ownerId))
		.where(
			and(
				isNotNull(planActions.ownerId),
				inArray(planActions.status, ['planned', 'in_progress']),
				gte(planActions.dueOn, from),
				lte(planActions.dueOn, until)
			)
		);
}

/** False when the action's due date moved meanwhile: then this reminder is not for it any more. */
export async function markReminded(tx: Tx, actionId: string, dueOn: string): Promise<boolean> {
	const marked = await tx
		.update(planActions)
		.set({ remindedFor: dueOn })
		.where(and(eq(planActions.id, actionId), eq(planActions.dueOn, dueOn)))
		.returning({ id: planActions.id });
	return marked.length > 0;
}
