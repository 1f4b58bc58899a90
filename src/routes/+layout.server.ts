import type { LayoutServerLoad } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: LayoutServerLoad = ({ url, locals }) => ({
	locale: getLocale(),
	returnTo: url.pathname + url.search,
	user: locals.user ? { name: locals.user.name } : null
});
