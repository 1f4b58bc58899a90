import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { isReadableItem } from '../../repositories/inspiration-items.ts';
import { addActionSource } from '../../repositories/inspiration-use.ts';
import { touchPlan } from '../../repositories/plan-writes.ts';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { actionSourceInput } from '../../../schemas/plans.ts';
import { readerOfActor } from '../inspiration/reader.ts';

/**
 * Names an inspiration item as a source of one of the plan's actions ("zo deed school X het"), for
 * whoever writes the plan. The item must be one the writer may read; adding it twice changes nothing.
 */
export async function addPlanActionSource(
	db: Db,
	actorId: string | null,
	planId: unknown,
	input: unknown
): Promise<void> {
	const { actor, resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const data = parseInput(actionSourceInput, input);
	if (!(await isReadableItem(db, data.itemId, readerOfActor(actor))))
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'itemId', message: 'not_allowed' }]);
	await db.transaction(async (tx) => {
		if (!(await addActionSource(tx, plan.id, data.actionId, data.itemId)))
			throw new AppError('invalid_input', 'invalid_input', [{ field: 'actionId', message: 'not_allowed' }]);
		await touchPlan(tx, plan.id);
	});
}
