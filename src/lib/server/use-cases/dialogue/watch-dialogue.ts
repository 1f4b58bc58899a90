import type { AppContext } from '../../context.ts';
import { access } from '../../auth/access.ts';
import { dialogueHub } from '../../dialogue/hub.ts';
import { liveView, type LiveView } from '../../../domain/dialogue/dialogue.ts';
import { readPass, sessionByCode } from './participant.ts';
import { AppError } from '../../../domain/errors.ts';

/** A live stream's source: from subscribing on, the current state and then every change. */
export type Watch = { subscribe: (send: (view: LiveView) => void) => Promise<() => void> };

function watch(ctx: Pick<AppContext, 'handle'>, sessionId: string, audience: 'facilitator' | 'participant'): Watch {
	// The hub reads the session as soon as a listener is in, so the first message is the current state.
	return {
		subscribe: (send) => dialogueHub(ctx.handle).subscribe(sessionId, (next) => send(liveView(next, audience)))
	};
}

/**
 * The facilitator's live streams: for their own screen the spread as soon as it may be shown; for
 * the projector what the room may see, which is what every participant sees (the spread only once
 * revealed).
 */
export async function watchDialogue(
	ctx: Pick<AppContext, 'db' | 'handle'>,
	actorId: string | null,
	id: unknown,
	screen: 'own' | 'projector' = 'own'
): Promise<Watch> {
	const { resource: session } = await access(ctx.db, actorId, 'dialogue', id, 'dialogue.facilitate');
	return watch(ctx, session.id, screen === 'own' ? 'facilitator' : 'participant');
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
