import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { searchInspiration } from '#lib/server/use-cases/inspiration/search-inspiration.ts';

export const load: PageServerLoad = async ({ locals, url }) => ({
	search: await orHttpError(async () =>
		searchInspiration((await appContext()).db, locals.user?.id ?? null, url.searchParams)
	)
});
