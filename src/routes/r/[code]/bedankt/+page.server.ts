import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { forgetResponseCookie, responseCookie } from '#lib/server/http/response-cookie.ts';
import { getThanks } from '#lib/server/use-cases/respond/get-thanks.ts';
import { normaliseCode } from '#lib/server/reflection/codes.ts';

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const token = cookies.get(responseCookie(normaliseCode(params.code)));
	const thanks = await orHttpError(async () => getThanks((await appContext()).db, params.code, token));
	return {
		thanks,
		resumeUrl: thanks.kept && token ? `${url.origin}/r/${thanks.code}/verder/${token}` : null,
		forgotten: url.searchParams.has('vergeten')
	};
};

export const actions: Actions = {
	// Touches nothing but this device's cookie: the answers stay, and the resume link still works.
	vergeten: async ({ params, cookies, url }) => {
		const { code } = await orHttpError(async () => getThanks((await appContext()).db, params.code, undefined));
		forgetResponseCookie(cookies, url, code);
		redirect(303, `/r/${code}/bedankt?vergeten`);
	}
};
