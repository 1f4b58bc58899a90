import type { PageServerLoad } from './$types';
import { normaliseCode } from '#lib/server/reflection/codes.ts';

// Public: a thank-you page; it shows nothing of the answers.
export const load: PageServerLoad = ({ params }) => ({ code: normaliseCode(params.code).slice(0, 8) });
