import { error, redirect } from '@sveltejs/kit';
import { organisationId } from '../../schemas/members.ts';

/** Pages for signed-in people send others to the sign-in page and back. */
export function signedIn(user: App.Locals['user'], url: URL): string {
	if (!user) redirect(303, `/aanmelden?naar=${encodeURIComponent(url.pathname + url.search)}`);
	return user.id;
}

/** An organisation id from the URL; anything else is simply not found. */
export function orgParam(value: string): string {
	const parsed = organisationId.safeParse(value);
	if (!parsed.success) error(404, { message: 'not_found', code: 'not_found' });
	return parsed.data;
}
