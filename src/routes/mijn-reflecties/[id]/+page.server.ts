import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, answerValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getPrivateReflection } from '#lib/server/use-cases/private/get-private-reflection.ts';
import { savePrivateReflection } from '#lib/server/use-cases/private/save-private-reflection.ts';
import { contributeReflection } from '#lib/server/use-cases/private/contribute-reflection.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { page: await orHttpError(async () => getPrivateReflection((await appContext()).db, userId, params.id)) };
};

export const actions: Actions = {
	bewaren: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => savePrivateReflection((await appContext()).db, locals.user?.id ?? null, params.id, form),
			answerValues(form)
		);
		return result ?? { saved: true };
	},
	toevoegen: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => contributeReflection(await appContext(), locals.user?.id ?? null, params.id, form),
			{ form: 'contribute' }
		);
		return result ?? { contributed: true };
	}
};
