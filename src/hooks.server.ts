import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { extractLocaleFromRequest, overwriteServerAsyncLocalStorage, type Locale } from '#lib/paraglide/runtime.js';
import { boot } from '#lib/server/boot.ts';
import { appContext, stopContext } from '#lib/server/context.ts';
import { closeDatabase } from '#lib/server/db/index.ts';
import { stopDialogueHub } from '#lib/server/dialogue/hub.ts';
import {
	guardFormBody,
	isFormBody,
	isPlainTextBody,
	namesAction,
	unsupportedBody
} from '#lib/server/http/form-body.ts';

export const init: ServerInit = async () => {
	await appContext([sveltekitCookies(getRequestEvent)]);
	await boot();
	process.once('sveltekit:shutdown', () => {
		void stopDialogueHub()
			.then(stopContext)
			.then(closeDatabase)
			.then(() => process.exit(0));
	});
};

// The locale comes from the cookie (else Dutch) and lives in async local storage for the request,
// as paraglide's own middleware does, but without its copy of every request (a body tee): on the
// respondents' hot path that copy cost a tenth of the server's time (docs/performance.md).
const localeStorage = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStorage);

const language: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	return localeStorage.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) })
	);
};

// Authenticates only: who is this? What they may do is decided inside every use-case.
const authenticate: Handle = async ({ event, resolve }) => {
	// Respondents and visitors carry no session cookie: then there is nobody to look up.
	if (!event.cookies.get('wsl.session_token') && !event.cookies.get('__Secure-wsl.session_token')) {
		event.locals.user = null;
		return resolve(event);
	}
	const { auth } = await appContext();
	const session = await auth.api.getSession({ headers: event.request.headers });
	event.locals.user = session
		? { id: session.user.id, name: session.user.name, email: session.user.email, locale: session.user.locale ?? 'nl' }
		: null;
	return resolve(event);
};

// Respondents' pages (answers at /r, team conversations at /g) are often opened on a shared
// staff-room computer: no copy of them may stay in a cache for whoever comes next.
const RESPONDENT_PAGES = /^\/(r|g)(\/|$)/;

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	if (event.locals.user || RESPONDENT_PAGES.test(event.url.pathname))
		response.headers.set('cache-control', 'private, no-store');
	return response;
};

// SvelteKit answers a form posted to `?/default` with a 500 (a reserved name). For a visitor it is
// an action that does not exist, like any other unknown name: 404.
const reservedAction: Handle = ({ event, resolve }) =>
	event.request.method === 'POST' && event.url.searchParams.has('/default')
		? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
		: resolve(event);

// A posted body that is not a form, or a form that cannot be read, is refused before a named action
// runs: an action that reads no field (copy, sign out) would otherwise act on it. The action then gets
// the form read here, so the body is still read once. Elsewhere (a default action, an endpoint) the
// body is checked where it is read, after that route's own checks.
const formBody: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST') {
		if (isPlainTextBody(event.request)) unsupportedBody();
		guardFormBody(event.request);
		if (namesAction(event.url) && isFormBody(event.request)) await event.request.formData();
	}
	return resolve(event);
};

export const handle = sequence(reservedAction, formBody, language, authenticate, headers);

/** The SQLSTATE of a database error, also when the driver or drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
	for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
		if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
	}
	return undefined;
}

// Whatever slips through is logged whole and shown as the app's error page, never as raw text or a
// stack. A database error here is a schema that let bad input through (docs/decisions/014-bad-input.md).
export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'unknown') {
		const state = sqlState(caught.error);
		if (state) console.error(`database error ${state} on ${caught.event.request.method} ${caught.event.route.id}`);
		console.error(caught.error);
		return { message: 'unexpected', code: 'unexpected' };
	}
	if (caught.kind === 'framework' && caught.error.status === 404) return { message: 'not_found', code: 'not_found' };
	return undefined;
};
