import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, answerValues } from '#lib/server/http/errors.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getRespondentForm } from '#lib/server/use-cases/respond/get-respondent-form.ts';
import { saveAnswers } from '#lib/server/use-cases/respond/save-answers.ts';
import { responseCookie, setResponseCookie } from '#lib/server/http/response-cookie.ts';
import { codeParam } from '#lib/server/http/guards.ts';

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const code = codeParam(params.code);
	if (code !== params.code) redirect(301, `/r/${code}`);
	const token = cookies.get(responseCookie(code));
	const page = await orHttpError(async () => getRespondentForm((await appContext()).db, code, token));
	// Renewed on each visit, so that it follows the closing date when the round is extended.
	if (page.saved && token) setResponseCookie(cookies, url, code, token, page.round.closesOn);
	return { page, resumeUrl: page.saved && token ? `${url.origin}/r/${code}/verder/${token}` : null };
};

const save = (submit: boolean) =>
	(async (event) => {
		const code = codeParam(event.params.code);
		const form = formObject(await event.request.formData());
		const result = await orActionFailure(
			async () =>
				saveAnswers(await appContext(), {
					code,
					resumeToken: event.cookies.get(responseCookie(code)),
					draftKey: typeof form.draft === 'string' ? form.draft : undefined,
					form,
					submit,
					address: event.getClientAddress(),
					userId: event.locals.user?.id ?? null
				}),
			// What was typed comes back with a failure, whole, so nothing is lost.
			answerValues(form)
		);
		if (!('resumeToken' in result)) return result;
		setResponseCookie(event.cookies, event.url, code, result.resumeToken, result.closesOn);
		if (submit) redirect(303, `/r/${code}/bedankt`);
		return { saved: true };
	}) satisfies Actions[string];

export const actions: Actions = { bewaren: save(false), versturen: save(true) };
