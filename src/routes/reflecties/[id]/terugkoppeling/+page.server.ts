import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { formatCode } from '#lib/server/reflection/codes.ts';
import { getRoundFeedback } from '#lib/server/use-cases/plans/get-round-feedback.ts';
import { saveRoundFeedback } from '#lib/server/use-cases/plans/save-round-feedback.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const feedback = await orHttpError(async () => getRoundFeedback((await appContext()).db, userId, params.id));
	return {
		feedback,
		links: feedback.layers.map((l) => ({
			layer: l.layer,
			link: `${url.origin}/r/${l.code}/terugkoppeling`,
			code: formatCode(l.code)
		}))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => saveRoundFeedback((await appContext()).db, locals.user?.id ?? null, params.id, form),
			keepValues(form, 'youSaid', 'weWill', 'publish')
		);
		return 'published' in result ? { saved: true, published: result.published } : result;
	}
};
