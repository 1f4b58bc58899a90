import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { requestInfo } from '#lib/server/http/request.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { returnPath } from '#lib/schemas/auth.ts';
import { signUp } from '#lib/server/use-cases/auth/sign-up.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/start');
	return { next: returnPath.parse(url.searchParams.get('naar') ?? '/start') };
};

export const actions: Actions = {
	default: async (event) => {
		const form = formObject(await event.request.formData());
		const next = returnPath.parse(form.naar ?? '/start');
		const result = await orActionFailure(
			async () => signUp(await appContext(), form, requestInfo(event), getLocale(), next),
			keepValues(form, 'name', 'email')
		);
		if ('email' in result) redirect(303, `/registreren/verstuurd?email=${encodeURIComponent(result.email)}`);
		return result;
	}
};
