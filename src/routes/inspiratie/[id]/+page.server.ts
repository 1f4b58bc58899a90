import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getInspirationItem } from '#lib/server/use-cases/inspiration/get-inspiration-item.ts';

export const load: PageServerLoad = async ({ locals, params }) => ({
	item: await orHttpError(async () => getInspirationItem((await appContext()).db, locals.user?.id ?? null, params.id))
});
