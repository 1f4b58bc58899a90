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

// Authenticates only: who is this? What they may do is decided inside every use-case (STYLE habit 5).
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

export const handle = sequence(reservedAction, language, authenticate, headers);

export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'unknown') {
		console.error(caught.error);
		return { message: 'unexpected', code: 'unexpected' };
	}
	if (caught.kind === 'framework' && caught.error.status === 404) return { message: 'not_found', code: 'not_found' };
	return undefined;
};
