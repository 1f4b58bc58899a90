import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { CODE_PATTERN, normaliseCode } from '#lib/server/reflection/codes.ts';

// Public: only turns a typed session code into the address of the dialogue.
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { unknown: false, typed: '' };
	const code = normaliseCode(typed);
	if (CODE_PATTERN.test(code)) redirect(303, `/g/${code}`);
	return { unknown: true, typed: typed.slice(0, 40) };
};
