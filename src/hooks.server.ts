import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { boot } from '#lib/server/boot.ts';
import { closeDatabase } from '#lib/server/db/index.ts';

export const init: ServerInit = async () => {
	await boot();
	process.once('sveltekit:shutdown', () => {
		void closeDatabase().then(() => process.exit(0));
	});
};

// Authenticates and sets the language only; every operation authorizes itself (STYLE habit 5).
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		}).then((response) => {
			response.headers.set('x-content-type-options', 'nosniff');
			response.headers.set('referrer-policy', 'same-origin');
			return response;
		})
	);

export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'unknown') {
		console.error(caught.error);
		return { message: 'unexpected', code: 'unexpected' };
	}
	if (caught.kind === 'framework' && caught.error.status === 404) return { message: 'not_found', code: 'not_found' };
	return undefined;
};
