import type { Db } from '../../db/client.ts';
import { insertPlanComment } from '../../repositories/plan-writes.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { planCommentInput } from '../../../schemas/plans.ts';

/** The team (and the board) may respond to a plan; comments carry the author's name. */
export async function addPlanComment(db: Db, actorId: string | null, planId: unknown, input: unknown): Promise<void> {
	const { actor, resource: plan } = await access(db, actorId, 'plan', planId, 'plans.comment');
	const { text } = parseInput(planCommentInput, input);
	await insertPlanComment(db, plan.id, actor.userId, text);
}
