import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { eventStream } from '#lib/server/http/event-stream.ts';
import { watchDialogue } from '#lib/server/use-cases/dialogue/watch-dialogue.ts';

/** The projector's live updates (server-sent events): what the room may see, the spread only once revealed. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const watch = await orHttpError(async () =>
		watchDialogue(await appContext(), locals.user?.id ?? null, params.id, 'projector')
	);
	return eventStream(watch, request.signal);
};
