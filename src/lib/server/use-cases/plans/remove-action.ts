import type { Db } from '../../db/client.ts';
import { deleteAction } from '../../repositories/plan-writes.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { removeActionInput } from '../../../schemas/plans.ts';

/** Removes an action that should not have been in the plan (a stopped action is kept as "gestopt"). */
export async function removeAction(db: Db, actorId: string | null, planId: unknown, input: unknown): Promise<void> {
	const { resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const { actionId } = parseInput(removeActionInput, input);
	if (!(await deleteAction(db, plan.id, actionId))) throw new AppError('not_found');
}
