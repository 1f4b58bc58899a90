import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { listSavedItems } from '#lib/server/use-cases/inspiration/list-saved-items.ts';
import { setItemSaved } from '#lib/server/use-cases/inspiration/set-item-saved.ts';

export const load: PageServerLoad = async ({ locals, url }) => ({
	items: await orHttpError(async () => listSavedItems((await appContext()).db, signedIn(locals.user, url)))
});

export const actions: Actions = {
	'niet-bewaren': async ({ locals, request }) => {
		const form = formObject(await request.formData());
		await orHttpError(async () => setItemSaved((await appContext()).db, locals.user?.id ?? null, form.itemId, false));
		return { removed: true };
	}
};
