import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { getMyStart } from '#lib/server/use-cases/account/get-my-start.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/aanmelden?naar=/start');
	return { start: await getMyStart((await appContext()).db, locals.user.id) };
};
