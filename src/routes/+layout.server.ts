import type { LayoutServerLoad } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: LayoutServerLoad = ({ url }) => ({
	locale: getLocale(),
	returnTo: url.pathname + url.search
});
