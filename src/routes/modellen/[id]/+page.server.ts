import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { getModel } from '#lib/server/use-cases/models/get-model.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { modelIdParam, modelPageQuery } from '#lib/schemas/model-page.ts';

export const load: PageServerLoad = async ({ params, url }) => {
	const id = modelIdParam.safeParse(params.id);
	if (!id.success) error(404, { message: 'not_found', code: 'not_found' });
	const query = modelPageQuery.parse(Object.fromEntries(url.searchParams));
	const page = await orHttpError(async () => getModel((await appContext()).db, id.data, query.versie));
	return { ...page, layer: query.laag, audience: query.voor };
};
