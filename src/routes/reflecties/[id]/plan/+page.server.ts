import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getPlanStart } from '#lib/server/use-cases/plans/get-plan-start.ts';
import { createPlan } from '#lib/server/use-cases/plans/create-plan.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { start: await orHttpError(async () => getPlanStart((await appContext()).db, userId, params.id)) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		// Everything chosen comes back on a failure, so nothing is lost.
		const values: Record<string, string> = {};
		for (const [key, value] of Object.entries(form)) {
			if (key === 'focus') values.focus = (Array.isArray(value) ? value : [value]).join(',');
			else if (typeof value === 'string') values[key] = value.slice(0, 40);
		}
		const result = await orActionFailure(
			async () => createPlan((await appContext()).db, locals.user?.id ?? null, params.id, form),
			values
		);
		if ('id' in result) redirect(303, `/plannen/${result.id}`);
		return result;
	}
};
