import type { Actions } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { requestInfo } from '#lib/server/http/request.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { requestPasswordReset } from '#lib/server/use-cases/auth/request-password-reset.ts';

export const actions: Actions = {
	default: async (event) => {
		const form = formObject(await event.request.formData());
		const result = await orActionFailure(
			async () => requestPasswordReset(await appContext(), form, requestInfo(event)),
			keepValues(form, 'email')
		);
		return result ?? { sent: true };
	}
};
