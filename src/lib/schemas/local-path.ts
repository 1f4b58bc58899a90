/**
 * Where a redirect may go when the target comes from input (`/taal?redirect=`, `/aanmelden?naar=`): a
 * path on this site and nothing else. Not `//host` or `/\host` (a browser reads both as another
 * site), and no control character or line separator, raw or percent-encoded: in a `Location` header
 * such a character is either refused by the server (a 500) or splits the header.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\s\\]/u;

export function isLocalPath(target: string): boolean {
	if (!target.startsWith('/') || target.startsWith('//') || UNSAFE.test(target)) return false;
	let decoded: string;
	try {
		decoded = decodeURIComponent(target);
	} catch {
		// A malformed escape (`/%E0%A4%A`) is not a path this site links to.
		return false;
	}
	return !decoded.startsWith('//') && !UNSAFE.test(decoded.replace(/ /g, ''));
}

/** The target when it is a local path, else `fallback`. */
export function localPath(target: unknown, fallback: string): string {
	return typeof target === 'string' && target.length <= 2000 && isLocalPath(target) ? target : fallback;
}
