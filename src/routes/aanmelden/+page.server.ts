import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { requestInfo } from '#lib/server/http/request.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { returnPath } from '#lib/schemas/auth.ts';
import { signInWithPassword } from '#lib/server/use-cases/auth/sign-in-with-password.ts';
import { requestMagicLink } from '#lib/server/use-cases/auth/request-magic-link.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = returnPath.parse(url.searchParams.get('naar') ?? '/start');
	if (locals.user) redirect(303, next);
	return { next };
};

export const actions: Actions = {
	wachtwoord: async (event) => {
		const form = formObject(await event.request.formData());
		const next = returnPath.parse(form.naar ?? '/start');
		const result = await orActionFailure(
			async () => signInWithPassword(await appContext(), form, requestInfo(event)),
			keepValues(form, 'email')
		);
		if (result) return result;
		redirect(303, next);
	},
	link: async (event) => {
		const form = formObject(await event.request.formData());
		const next = returnPath.parse(form.naar ?? '/start');
		const result = await orActionFailure(
			async () => requestMagicLink(await appContext(), form, requestInfo(event), next),
			{
				...keepValues(form, 'email'),
				form: 'link'
			}
		);
		return result ?? { magicLinkSent: true };
	}
};
