import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { uploadedBytes } from '#lib/server/http/upload.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getImportPage } from '#lib/server/use-cases/imports/get-import-page.ts';
import { importBoardSchools } from '#lib/server/use-cases/imports/import-board-schools.ts';
import { importPeople } from '#lib/server/use-cases/imports/import-people.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { page: await orHttpError(async () => getImportPage((await appContext()).db, userId, params.id)) };
};

// Without JavaScript the form posts here and the page shows the result when the import is done;
// with JavaScript the same import runs through ./[soort] and streams its progress.
export const actions: Actions = {
	scholen: async ({ request, locals, params }) => {
		const form = await request.formData();
		const result = await orActionFailure(
			async () =>
				importBoardSchools((await appContext()).db, locals.user?.id ?? null, params.id, await uploadedBytes(form)),
			{ form: 'scholen' }
		);
		return 'ok' in result ? { kind: 'scholen' as const, outcome: result } : result;
	},
	mensen: async ({ request, locals, params }) => {
		const form = await request.formData();
		const result = await orActionFailure(
			async () =>
				importPeople(await appContext(), locals.user?.id ?? null, params.id, await uploadedBytes(form), getLocale()),
			{
				form: 'mensen'
			}
		);
		return 'ok' in result ? { kind: 'mensen' as const, outcome: result } : result;
	}
};
