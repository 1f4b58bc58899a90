import { error, redirect } from '@sveltejs/kit';
import { parseCode } from '../reflection/codes.ts';

/** Pages for signed-in people send others to the sign-in page and back. */
export function signedIn(user: App.Locals['user'], url: URL): string {
	if (!user) redirect(303, `/aanmelden?naar=${encodeURIComponent(url.pathname + url.search)}`);
	return user.id;
}

/** A layer or dialogue code from the URL, as stored; one that cannot be a code is simply not found. */
export function codeParam(value: string): string {
	const code = parseCode(value);
	if (code === null) error(404, { message: 'not_found', code: 'not_found' });
	return code;
}
