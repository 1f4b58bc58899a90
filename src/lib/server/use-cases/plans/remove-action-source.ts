import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { removeActionSource } from '../../repositories/inspiration-use.ts';
import { touchPlan } from '../../repositories/plan-writes.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { actionSourceInput } from '../../../schemas/plans.ts';

/** Takes an item off an action's sources; the item itself stays in the library. */
export async function removePlanActionSource(
	db: Db,
	actorId: string | null,
	planId: unknown,
	input: unknown
): Promise<void> {
	const { resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const data = parseInput(actionSourceInput, input);
	await db.transaction(async (tx) => {
		await removeActionSource(tx, plan.id, data.actionId, data.itemId);
		await touchPlan(tx, plan.id);
	});
}
