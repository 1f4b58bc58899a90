import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { requestInfo } from '#lib/server/http/request.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { updateProfile } from '#lib/server/use-cases/account/update-profile.ts';
import { signOut } from '#lib/server/use-cases/auth/sign-out.ts';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/aanmelden?naar=/account');
	return { user: locals.user };
};

export const actions: Actions = {
	profiel: async ({ request, locals }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => updateProfile((await appContext()).db, locals.user?.id ?? null, form),
			keepValues(form, 'name')
		);
		return result ?? { saved: true };
	},
	afmelden: async (event) => {
		await signOut(await appContext(), requestInfo(event), false);
		redirect(303, '/?afgemeld=1');
	},
	overalAfmelden: async (event) => {
		await signOut(await appContext(), requestInfo(event), true);
		redirect(303, '/?afgemeld=1');
	}
};
