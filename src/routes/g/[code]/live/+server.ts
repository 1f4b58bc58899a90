import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { eventStream } from '#lib/server/http/event-stream.ts';
import { normaliseCode } from '#lib/server/reflection/codes.ts';
import { watchAsParticipant } from '#lib/server/use-cases/dialogue/watch-dialogue.ts';
import { dialogueCookie } from '#lib/server/use-cases/dialogue/participant.ts';

/** Public: a participant's live updates (server-sent events); the spread only once revealed. */
export const GET: RequestHandler = async ({ params, cookies, request }) => {
	const code = normaliseCode(params.code);
	const watch = await orHttpError(async () =>
		watchAsParticipant(await appContext(), code, cookies.get(dialogueCookie(code)))
	);
	return eventStream(watch, request.signal);
};
