import type { AppContext } from '../../context.ts';
import { authorizeSession } from './authorize-session.ts';
import { dialogueHub } from '../../dialogue/hub.ts';
import { snapshotOf } from '../../dialogue/snapshot.ts';
import { liveView, type LiveView } from '../../../domain/dialogue/dialogue.ts';
import { readPass, sessionByCode } from './participant.ts';
import { AppError } from '../../../domain/errors.ts';

export type Watch = { first: LiveView; subscribe: (send: (view: LiveView) => void) => Promise<() => void> };

async function watch(
	ctx: Pick<AppContext, 'db' | 'handle'>,
	sessionId: string,
	audience: 'facilitator' | 'participant'
): Promise<Watch> {
	const snapshot = await snapshotOf(ctx.db, sessionId);
	if (!snapshot) throw new AppError('not_found');
	return {
		first: liveView(snapshot, audience),
		subscribe: (send) => dialogueHub(ctx.handle).subscribe(sessionId, (next) => send(liveView(next, audience)))
	};
}

/** The facilitator's live stream: the spread as soon as it may be shown. */
export async function watchDialogue(
	ctx: Pick<AppContext, 'db' | 'handle'>,
	actorId: string | null,
	id: unknown
): Promise<Watch> {
	const { session } = await authorizeSession(ctx.db, actorId, id);
	return watch(ctx, session.id, 'facilitator');
}

/** Public: a participant's live stream; it shows the spread only once revealed. */
export async function watchAsParticipant(
	ctx: Pick<AppContext, 'db' | 'handle'>,
	code: string,
	cookie: string | undefined
): Promise<Watch> {
	const session = await sessionByCode(ctx.db, code);
	if (!readPass(cookie)) throw new AppError('not_found');
	return watch(ctx, session.id, 'participant');
}
