import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { m } from '#lib/paraglide/messages.js';
import { getNewRoundForm } from '#lib/server/use-cases/rounds/get-new-round-form.ts';
import { createRound } from '#lib/server/use-cases/rounds/create-round.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { form: await orHttpError(async () => getNewRoundForm((await appContext()).db, userId, params.id)) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const layers = form.layers === undefined ? [] : Array.isArray(form.layers) ? form.layers : [form.layers];
		const result = await orActionFailure(
			async () =>
				createRound((await appContext()).db, locals.user?.id ?? null, params.id, form, {
					introduction: m.new_round_intro_default(),
					privacyText: m.new_round_privacy_default()
				}),
			{
				...keepValues(
					form,
					'title',
					'modelId',
					'mode',
					'opensOn',
					'closesOn',
					'thresholdScores',
					'thresholdComments',
					'maxPerLayer',
					'introduction',
					'privacyText',
					'openNow'
				),
				layers: layers.join(',')
			}
		);
		if ('id' in result) redirect(303, `/reflecties/${result.id}`);
		return result;
	}
};
