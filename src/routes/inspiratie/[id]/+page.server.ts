import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getInspirationItem } from '#lib/server/use-cases/inspiration/get-inspiration-item.ts';
import { setItemSaved } from '#lib/server/use-cases/inspiration/set-item-saved.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = await appContext();
	return {
		item: await orHttpError(async () => getInspirationItem(db, locals.user?.id ?? null, params.id)),
		url: `${url.origin}/inspiratie/${params.id}`
	};
};

const saving =
	(saved: boolean): Actions[string] =>
	async ({ locals, params }) => {
		await orHttpError(async () => setItemSaved((await appContext()).db, locals.user?.id ?? null, params.id, saved));
		return { saved };
	};

export const actions: Actions = { bewaren: saving(true), 'niet-bewaren': saving(false) };
