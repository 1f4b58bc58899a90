import type { Db } from '../../db/client.ts';
import { insertMoment } from '../../repositories/plan-writes.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { momentInput } from '../../../schemas/plans.ts';

/** Records a moment of the cycle — start, voortgang or evaluatie — with its date and notes. */
export async function addMoment(db: Db, actorId: string | null, planId: unknown, input: unknown): Promise<void> {
	const { actor, resource: plan } = await access(db, actorId, 'plan', planId, 'plans.manage');
	const data = parseInput(momentInput, input);
	await insertMoment(db, plan.id, data, actor.userId);
}
