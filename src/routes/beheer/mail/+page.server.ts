import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { listOutbox } from '#lib/server/use-cases/platform/list-outbox.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const userId = signedIn(locals.user, url);
	return { mails: await orHttpError(async () => listOutbox((await appContext()).db, userId)) };
};
