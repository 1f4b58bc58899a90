import type { PageServerLoad } from './$types';
import { typedCode } from '#lib/server/http/typed-code.ts';

// Public: only turns a typed code into the address of its questions.
export const load: PageServerLoad = ({ url }) => typedCode(url, '/r');
