/**
 * Reading a posted form without a 500 (docs/decisions/014-bad-input.md). Every form of the app posts
 * `application/x-www-form-urlencoded` or `multipart/form-data`; SvelteKit lets `text/plain` through to
 * a form action too, and `request.formData()` throws on that, on JSON and on a cut-off multipart body.
 * Those are a client's mistake: 415 for the wrong kind of body, 400 for one that cannot be read.
 */
import { error } from '@sveltejs/kit';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export function isFormBody(request: Request): boolean {
	return FORM_TYPES.includes(mediaType(request));
}

/** A form SvelteKit would hand to an action although no form of the app sends it. */
export function isPlainTextBody(request: Request): boolean {
	return mediaType(request) === 'text/plain';
}

export function unsupportedBody(): never {
	error(415, { message: 'invalid_input', code: 'invalid_input' });
}

/**
 * Makes this request's `formData()` answer 415 or 400 instead of throwing a TypeError, and read the
 * body once however often it is called. It wraps the request's own reader rather than reading a copy
 * first: the body is parsed once, as before, which keeps the respondents' hot path as fast as it was
 * (docs/performance.md).
 */
export function guardFormBody(request: Request): void {
	const read = request.formData.bind(request);
	let form: Promise<FormData> | undefined;
	const readOnce = async (): Promise<FormData> => {
		if (!isFormBody(request)) unsupportedBody();
		try {
			return await read();
		} catch (e) {
			// A TypeError is how the reader says the body is not a form (cut off, wrong boundary).
			if (e instanceof TypeError) error(400, { message: 'invalid_input', code: 'invalid_input' });
			throw e;
		}
	};
	Object.defineProperty(request, 'formData', { configurable: true, value: () => (form ??= readOnce()) });
}

/** A POST to `?/name`: a named form action, which SvelteKit runs only for a form body. */
export function namesAction(url: URL): boolean {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return true;
	return false;
}
