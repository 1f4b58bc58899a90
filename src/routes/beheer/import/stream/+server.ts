import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { progressStream, uploadedBytes } from '#lib/server/http/upload.ts';
import { importRegistry } from '#lib/server/use-cases/imports/import-registry.ts';
import { checkPlatformAdmin } from '#lib/server/use-cases/platform/check-platform-admin.ts';
import { orHttpError } from '#lib/server/http/errors.ts';

export const POST: RequestHandler = async ({ request, locals }) => {
	const { db } = await appContext();
	await orHttpError(() => checkPlatformAdmin(db, locals.user?.id ?? null));
	const form = await request.formData();
	return progressStream(async (progress) =>
		importRegistry(db, locals.user?.id ?? null, await uploadedBytes(form), progress)
	);
};
