import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { listMyReflections } from '#lib/server/use-cases/private/list-my-reflections.ts';
import { getNewPrivateForm } from '#lib/server/use-cases/private/get-new-private-form.ts';
import { startPrivateReflection } from '#lib/server/use-cases/private/start-private-reflection.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const userId = signedIn(locals.user, url);
	const { db } = await appContext();
	return { reflections: await listMyReflections(db, userId), form: await getNewPrivateForm(db, userId) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			startPrivateReflection((await appContext()).db, locals.user?.id ?? null, form)
		);
		if ('id' in result) redirect(303, `/mijn-reflecties/${result.id}`);
		return result;
	}
};
