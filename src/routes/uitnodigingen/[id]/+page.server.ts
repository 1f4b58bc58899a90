import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getInvitation } from '#lib/server/use-cases/members/get-invitation.ts';
import { respondToInvitation } from '#lib/server/use-cases/members/respond-to-invitation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const token = url.searchParams.get('token') ?? undefined;
	const invitation = await orHttpError(async () =>
		getInvitation((await appContext()).db, locals.user?.id ?? null, params.id, token)
	);
	return { invitation, token: token ?? '', here: url.pathname + url.search };
};

const respond = (answer: 'accept' | 'decline') =>
	(async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			respondToInvitation((await appContext()).db, locals.user?.id ?? null, params.id, form.token, answer)
		);
		if ('organisationId' in result) {
			if (answer === 'accept') redirect(303, `/organisaties/${result.organisationId}`);
			return { declined: true };
		}
		return result;
	}) satisfies Actions[string];

export const actions: Actions = { accepteren: respond('accept'), afwijzen: respond('decline') };
