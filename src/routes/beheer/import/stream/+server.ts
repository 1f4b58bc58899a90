import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { progressStream, uploadedBytes } from '#lib/server/http/upload.ts';
import { importRegistry } from '#lib/server/use-cases/imports/import-registry.ts';

export const POST: RequestHandler = async ({ request, locals }) => {
	const form = await request.formData();
	const { db } = await appContext();
	return progressStream(async (progress) =>
		importRegistry(db, locals.user?.id ?? null, await uploadedBytes(form), progress)
	);
};
