import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { qrSvg } from '#lib/server/http/qr.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { formatCode } from '#lib/server/reflection/codes.ts';
import { getRound } from '#lib/server/use-cases/rounds/get-round.ts';
import { changeRound, type RoundChange } from '#lib/server/use-cases/rounds/change-round.ts';
import { copyRound } from '#lib/server/use-cases/rounds/copy-round.ts';
import { sendReminders } from '#lib/server/use-cases/rounds/send-reminders.ts';
import { startDialogue } from '#lib/server/use-cases/dialogue/start-dialogue.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const page = await orHttpError(async () => getRound((await appContext()).db, userId, params.id));
	const links = await Promise.all(
		page.codes.map(async (l) => {
			const link = `${url.origin}/r/${l.code}`;
			return { layer: l.layer, link, code: l.code, display: formatCode(l.code), qr: await qrSvg(link) };
		})
	);
	// `?sluiten` is the second step of closing the round: the page asks before it closes.
	return { page, links, confirmClose: url.searchParams.has('sluiten') };
};

const change = (make: (form: Record<string, string | string[]>) => RoundChange, done: string) =>
	(async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => changeRound((await appContext()).db, locals.user?.id ?? null, params.id, make(form)),
			{ form: done }
		);
		// An unconfirmed close goes to the page's second step, which names what closing means.
		if (result === 'confirm') redirect(303, `/reflecties/${params.id}?sluiten#sluiten-bevestigen`);
		return result === 'done' ? { done } : result;
	}) satisfies Actions[string];

export const actions: Actions = {
	openen: change(() => ({ action: 'open' }), 'opened'),
	sluiten: change((form) => ({ action: 'close', confirmed: form.bevestigd === 'ja' }), 'closed'),
	verlengen: change((form) => ({ action: 'extend', input: form }), 'extended'),
	kopieren: async ({ locals, params }) => {
		const result = await orActionFailure(async () =>
			copyRound((await appContext()).db, locals.user?.id ?? null, params.id)
		);
		if ('id' in result) redirect(303, `/reflecties/${result.id}`);
		return result;
	},
	gesprek: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => startDialogue((await appContext()).db, locals.user?.id ?? null, params.id, form),
			// The aspects chosen come back too: a failed start keeps the choice.
			{ ...keepValues(form, 'title'), aspects: [form.aspect ?? []].flat().join(' '), form: 'dialogue' }
		);
		if (typeof result === 'string') redirect(303, `/gesprekken/${result}`);
		return result;
	},
	herinneren: async ({ locals, params }) => {
		const result = await orActionFailure(
			async () => sendReminders(await appContext(), locals.user?.id ?? null, params.id),
			{ form: 'remind' }
		);
		return 'sent' in result ? { reminded: result.sent } : result;
	}
};
