import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { listRounds } from '#lib/server/use-cases/rounds/list-rounds.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { page: await orHttpError(async () => listRounds((await appContext()).db, userId, params.id)) };
};
