import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { uploadedBytes } from '#lib/server/http/upload.ts';
import { checkPlatformAdmin } from '#lib/server/use-cases/platform/check-platform-admin.ts';
import { importRegistry } from '#lib/server/use-cases/imports/import-registry.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const userId = signedIn(locals.user, url);
	await orHttpError(async () => checkPlatformAdmin((await appContext()).db, userId));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const result = await orActionFailure(
			async () => importRegistry((await appContext()).db, locals.user?.id ?? null, await uploadedBytes(form)),
			{ form: 'scholen' }
		);
		return 'ok' in result ? { kind: 'scholen' as const, outcome: result } : result;
	}
};
