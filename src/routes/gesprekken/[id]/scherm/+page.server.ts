import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { qrSvg } from '#lib/server/http/qr.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { formatCode } from '#lib/server/reflection/codes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getProjector } from '#lib/server/use-cases/dialogue/get-projector.ts';
import { steerDialogue, type Steer } from '#lib/server/use-cases/dialogue/steer-dialogue.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const page = await orHttpError(async () => getProjector((await appContext()).db, userId, params.id));
	const link = `${url.origin}/g/${page.session.code}`;
	return {
		bare: true,
		page,
		join: { short: `${url.host}/g`, code: formatCode(page.session.code), qr: await qrSvg(link, m.dialogue_qr_alt()) }
	};
};

// The facilitator can run the meeting from the projector too: reveal and move between aspects.
const steer = (make: (form: Record<string, string | string[]>) => Steer) =>
	(async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		return orActionFailure(async () =>
			steerDialogue((await appContext()).db, locals.user?.id ?? null, params.id, make(form))
		);
	}) satisfies Actions[string];

export const actions: Actions = {
	onthullen: steer(() => ({ action: 'reveal' })),
	naar: steer((form) => ({ action: 'goto', input: form }))
};
