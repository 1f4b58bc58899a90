import { redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { codeParam } from '#lib/server/http/guards.ts';
import { getParticipantPage } from '#lib/server/use-cases/dialogue/get-participant-page.ts';
import { joinDialogue } from '#lib/server/use-cases/dialogue/join-dialogue.ts';
import { placeInDialogue } from '#lib/server/use-cases/dialogue/place-in-dialogue.ts';
import { dialogueCookie, readPass, writePass } from '#lib/server/use-cases/dialogue/participant.ts';

const passOf = (cookies: Cookies, code: string) => readPass(cookies.get(dialogueCookie(code)));

export const load: PageServerLoad = async ({ params, cookies }) => {
	const code = codeParam(params.code);
	if (code !== params.code) redirect(301, `/g/${code}`);
	return {
		page: await orHttpError(async () => getParticipantPage((await appContext()).db, code, passOf(cookies, code)))
	};
};

export const actions: Actions = {
	meedoen: async ({ params, request, cookies, url }) => {
		const code = codeParam(params.code);
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () => joinDialogue((await appContext()).db, code, form));
		if (!('token' in result)) return result;
		cookies.set(dialogueCookie(code), writePass(result), {
			path: `/g/${code}`,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 12
		});
		return { joined: true };
	},
	plaatsen: async ({ params, request, cookies }) => {
		const code = codeParam(params.code);
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => placeInDialogue((await appContext()).db, code, passOf(cookies, code), form),
			{ form: 'place' }
		);
		return result ?? { placed: true };
	}
};
