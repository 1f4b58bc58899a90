import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getOrganisation } from '#lib/server/use-cases/organisations/get-organisation.ts';
import { createCluster } from '#lib/server/use-cases/organisations/create-cluster.ts';
import { setSchoolCluster } from '#lib/server/use-cases/organisations/set-school-cluster.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { page: await orHttpError(async () => getOrganisation((await appContext()).db, userId, params.id)) };
};

export const actions: Actions = {
	cluster: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => createCluster((await appContext()).db, locals.user?.id ?? null, params.id, form),
			{
				...keepValues(form, 'name'),
				form: 'cluster'
			}
		);
		return 'id' in result ? { clusterCreated: true } : result;
	},
	schoolCluster: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => setSchoolCluster((await appContext()).db, locals.user?.id ?? null, params.id, form),
			{ form: 'schoolCluster' }
		);
		return result ?? { schoolClusterSaved: true };
	}
};
