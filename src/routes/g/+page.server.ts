import type { PageServerLoad } from './$types';
import { typedCode } from '#lib/server/http/typed-code.ts';

// Public: only turns a typed session code into the address of the dialogue.
export const load: PageServerLoad = ({ url }) => typedCode(url, '/g');
