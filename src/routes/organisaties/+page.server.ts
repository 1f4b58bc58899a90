import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { listMyOrganisations } from '#lib/server/use-cases/account/list-my-organisations.ts';

export const load: PageServerLoad = async ({ locals, url }) => ({
	organisations: await listMyOrganisations((await appContext()).db, signedIn(locals.user, url))
});
