import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';

// Only the links that arrive by mail are served by better-auth directly; signing in, signing up
// and resetting go through our own pages, which add per-account throttling and clear messages.
const LINKS = [/^verify-email$/, /^magic-link\/verify$/, /^reset-password\/[A-Za-z0-9_-]+$/];

export const GET: RequestHandler = async ({ request, params }) => {
	if (!LINKS.some((pattern) => pattern.test(params.path))) error(404, { message: 'not_found', code: 'not_found' });
	return (await appContext()).auth.handler(request);
};
