import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { setResponseCookie } from '#lib/server/http/response-cookie.ts';
import { resumeResponse } from '#lib/server/use-cases/respond/resume-response.ts';

// The resume link puts the respondent's token on this device and continues at the questions.
export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const { code, closesOn } = await orHttpError(async () =>
		resumeResponse((await appContext()).db, params.code, params.token)
	);
	setResponseCookie(cookies, url, code, params.token, closesOn);
	redirect(303, `/r/${code}`);
};
