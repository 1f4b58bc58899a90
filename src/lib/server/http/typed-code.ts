import { redirect } from '@sveltejs/kit';
import { parseCode } from '../reflection/codes.ts';

/**
 * A code typed into a GET form (`?code=`) as the address it opens, `<base>/<CODE>`; reads nothing.
 * A code that cannot be one comes back to the form, as typed.
 */
export function typedCode(url: URL, base: '/r' | '/g'): { unknown: boolean; typed: string } {
	const typed = url.searchParams.get('code');
	if (typed === null) return { unknown: false, typed: '' };
	const code = parseCode(typed);
	if (code !== null) redirect(303, `${base}/${code}`);
	return { unknown: true, typed: typed.slice(0, 40) };
}
