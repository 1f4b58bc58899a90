import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { qrSvg } from '#lib/server/http/qr.ts';
import { formatCode } from '#lib/server/reflection/codes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getProjector } from '#lib/server/use-cases/dialogue/get-projector.ts';
import { steer } from '#lib/server/http/steer.ts';

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

export const actions: Actions = {
	onthullen: steer(() => ({ action: 'reveal' })),
	naar: steer((form) => ({ action: 'goto', input: form }))
};
