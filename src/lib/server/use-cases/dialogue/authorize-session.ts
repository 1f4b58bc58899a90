import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { findSession } from '../../repositories/dialogues.ts';
import { sessionId } from '../../../schemas/dialogue.ts';

/** A session is reached through its round's organisation: only those who may lead a dialogue there. */
export async function authorizeSession(db: Db, actorId: string | null, id: unknown) {
	const parsed = sessionId.safeParse(id);
	if (!parsed.success) throw new AppError('not_found');
	const actor = await loadActor(db, actorId);
	const session = await findSession(db, parsed.data);
	if (!session) {
		if (!actor) throw new AppError('unauthenticated');
		throw new AppError('not_found');
	}
	const access = await authorize(db, actor, 'dialogue.facilitate', session.organisationId);
	return { ...access, session };
}
