import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { getPlansOverview } from '#lib/server/use-cases/plans/get-plans-overview.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const query = { year: url.searchParams.get('jaar') ?? undefined };
	return {
		overview: await orHttpError(async () => getPlansOverview((await appContext()).db, userId, params.id, query))
	};
};
