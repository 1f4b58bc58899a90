/**
 * The benchmarks' requests as a browser behind the school's reverse proxy sends them: the app's
 * rate limits and its form actions both depend on these headers.
 */

/** A browser's form post: without text/html first, SvelteKit answers an action with JSON. */
export function formHeaders(origin: string): Record<string, string> {
	return {
		accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
		'content-type': 'application/x-www-form-urlencoded',
		origin,
		'x-forwarded-proto': 'http'
	};
}

let addresses = 0;
/** A new client address each call (many schools, many phones), for x-forwarded-for. */
export function nextAddress(): string {
	const n = ++addresses;
	return `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
