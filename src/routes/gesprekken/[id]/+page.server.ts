import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { qrSvg } from '#lib/server/http/qr.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { formatCode } from '#lib/server/reflection/codes.ts';
import { m } from '#lib/paraglide/messages.js';
import { getDialogue } from '#lib/server/use-cases/dialogue/get-dialogue.ts';
import { steer } from '#lib/server/http/steer.ts';
import { steerDialogue } from '#lib/server/use-cases/dialogue/steer-dialogue.ts';
import { recordAgreement } from '#lib/server/use-cases/dialogue/record-agreement.ts';

// Notes over the limit come back whole, so that nothing typed is lost; only a runaway paste is cut.
const KEEP_NOTES = 50_000;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const page = await orHttpError(async () => getDialogue((await appContext()).db, userId, params.id));
	const link = `${url.origin}/g/${page.session.code}`;
	return {
		page,
		join: {
			link,
			short: `${url.host}/g`,
			code: formatCode(page.session.code),
			qr: await qrSvg(link, m.dialogue_qr_alt())
		}
	};
};

export const actions: Actions = {
	onthullen: steer(() => ({ action: 'reveal' })),
	naar: steer((form) => ({ action: 'goto', input: form })),
	// Closing ends placing and recording for good: the first press only asks to confirm.
	afsluiten: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			steerDialogue((await appContext()).db, locals.user?.id ?? null, params.id, {
				action: 'close',
				confirmed: form.bevestigd === 'ja'
			})
		);
		return result === 'confirm' ? { confirmClose: true } : result;
	},
	vastleggen: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const notes = typeof form.notes === 'string' ? form.notes.slice(0, KEEP_NOTES) : '';
		const result = await orActionFailure(
			async () => recordAgreement((await appContext()).db, locals.user?.id ?? null, params.id, form),
			{ ...keepValues(form, 'level'), notes, form: 'agreement' }
		);
		return result ?? { agreed: true };
	}
};
