import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { findPlan, type PlanRow } from '../../repositories/plans.ts';
import { planId } from '../../../schemas/plans.ts';
import type { Permission } from '../../../domain/permissions/policy.ts';

/** A plan is reached through its school: the actor needs the permission there. */
export async function authorizePlan(db: Db | Tx, actorId: string | null, id: unknown, permission: Permission) {
	const parsed = planId.safeParse(id);
	if (!parsed.success) throw new AppError('not_found');
	const actor = await loadActor(db, actorId);
	const plan: PlanRow | undefined = await findPlan(db, parsed.data);
	if (!plan) {
		if (!actor) throw new AppError('unauthenticated');
		throw new AppError('not_found');
	}
	const access = await authorize(db, actor, permission, plan.organisationId);
	return { ...access, plan };
}
