import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { cookieName, cookieMaxAge, locales } from '#lib/paraglide/runtime.js';
import { appContext } from '#lib/server/context.ts';
import { setPreferredLocale } from '#lib/server/use-cases/account/set-preferred-locale.ts';
import { localPath } from '#lib/schemas/local-path.ts';

// Public and harmless: it only sets the visitor's own language preference.
const input = z.object({
	locale: z.enum(locales),
	// Only a local path: never an open redirect.
	redirect: z.unknown().transform((v) => localPath(v, '/'))
});

export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const form = Object.fromEntries(await request.formData());
	const parsed = input.safeParse(form);
	const target = parsed.success ? parsed.data.redirect : '/';
	if (parsed.success) {
		if (locals.user) await setPreferredLocale((await appContext()).db, locals.user.id, parsed.data.locale);
		cookies.set(cookieName, parsed.data.locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	redirect(303, target);
};
