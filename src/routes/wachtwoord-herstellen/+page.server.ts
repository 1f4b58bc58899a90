import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { appContext } from '#lib/server/context.ts';
import { orActionFailure } from '#lib/server/http/errors.ts';
import { requestInfo } from '#lib/server/http/request.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { resetPassword } from '#lib/server/use-cases/auth/reset-password.ts';

const token = z
	.string()
	.regex(/^[A-Za-z0-9_-]{10,200}$/)
	.optional()
	.catch(undefined);

// better-auth checks the link and sends the person here with `?token=…` (or `?error=…`).
export const load: PageServerLoad = ({ url }) => ({ token: token.parse(url.searchParams.get('token') ?? undefined) });

export const actions: Actions = {
	default: async (event) => {
		const form = formObject(await event.request.formData());
		const result = await orActionFailure(async () => resetPassword(await appContext(), form, requestInfo(event)));
		return result ?? { done: true };
	}
};
