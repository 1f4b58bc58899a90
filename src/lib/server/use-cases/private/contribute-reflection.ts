import type { AppContext } from '../../context.ts';
import { AppError } from '../../../domain/errors.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { insertResponse } from '../../repositories/responses.ts';
import { findRound, layersOf } from '../../repositories/rounds.ts';
import { hashResumeToken, newResumeToken } from '../../reflection/codes.ts';
import { progress } from '../../../domain/reflection/answers.ts';
import { LAYER_OF_ROLE } from '../../../domain/reflection/layers.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { contributeInput } from '../../../schemas/private.ts';
import { QUEUES } from '../../jobs/queue.ts';
import { authorize } from '../../auth/authorize.ts';
import { ownReflection } from './own-reflection.ts';

/**
 * Add one's private reflection to an open round of one's own organisation, anonymously: a new response
 * is made from a copy of the answers, with no link back to the person or to the private reflection.
 * The private reflection stays the person's own.
 */
export async function contributeReflection(
	deps: Pick<AppContext, 'db' | 'boss'>,
	actorId: string | null,
	id: unknown,
	input: unknown
): Promise<void> {
	const { db } = deps;
	const { actor, reflection } = await ownReflection(db, actorId, id);
	const { roundId } = parseInput(contributeInput, input);
	const round = await findRound(db, roundId);
	if (!round) throw new AppError('not_found');
	await authorize(db, actor, 'rounds.view', round.organisationId);
	const inLayer = actor.memberships.some((m) => LAYER_OF_ROLE[m.role] === reflection.layer);
	const layers = await layersOf(db, round.id);
	if (
		!inLayer ||
		!layers.some((l) => l.layer === reflection.layer) ||
		round.modelId !== reflection.modelId ||
		round.modelVersion !== reflection.modelVersion ||
		round.mode !== reflection.mode
	) {
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'roundId', message: 'not_allowed' }]);
	}
	const { items } = await roundItems(db, round, reflection.layer);
	if (progress(reflection.answers, items).answered < items.length)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'roundId', message: 'required' }]);
	const created = await insertResponse(db, {
		roundId: round.id,
		layer: reflection.layer,
		resumeHash: hashResumeToken(newResumeToken()),
		today: dutchDate(new Date()),
		submit: true,
		answers: reflection.answers,
		comments: reflection.comments,
		maxPerLayer: round.maxPerLayer
	});
	if (!created) throw new AppError('closed');
	await deps.boss.send(
		QUEUES.participation,
		{ roundId: round.id, userId: actor.userId },
		{ startAfter: 120 + Math.floor(Math.random() * 1080) }
	);
}
