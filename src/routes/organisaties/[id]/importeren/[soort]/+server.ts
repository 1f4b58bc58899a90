import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { progressStream, uploadedBytes } from '#lib/server/http/upload.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { importBoardSchools } from '#lib/server/use-cases/imports/import-board-schools.ts';
import { importPeople } from '#lib/server/use-cases/imports/import-people.ts';
import type { ImportProgress } from '#lib/server/use-cases/imports/progress.ts';
import { getImportPage } from '#lib/server/use-cases/imports/get-import-page.ts';
import { orHttpError } from '#lib/server/http/errors.ts';

export const POST: RequestHandler = async ({ request, locals, params }) => {
	const organisationId = params.id;
	if (params.soort !== 'scholen' && params.soort !== 'mensen') error(404, { message: 'not_found', code: 'not_found' });
	const ctx = await appContext();
	const actor = locals.user?.id ?? null;
	// Refuse before reading the upload or starting the stream; the import checks again itself.
	await orHttpError(() => getImportPage(ctx.db, actor, organisationId));
	const form = await request.formData();
	const locale = getLocale();
	return progressStream(async (progress: (p: ImportProgress) => void) => {
		const bytes = await uploadedBytes(form);
		return params.soort === 'scholen'
			? importBoardSchools(ctx.db, actor, organisationId, bytes, progress)
			: importPeople(ctx, actor, organisationId, bytes, locale, progress);
	});
};
