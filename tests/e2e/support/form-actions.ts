/**
 * Every form action and every POST endpoint of the app, read from the route files, so that a test can
 * fail when a new one is not covered. Keys look like `/plannen/[id] ?/actie`, `/registreren ?/default`
 * and `/taal POST`.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROUTES = 'src/routes';

function walk(dir: string): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const routeOf = (file: string) => '/' + path.relative(ROUTES, path.dirname(file)).split(path.sep).join('/');

/** The top-level keys of the object literal that starts at `open` (a `{`). */
function topLevelKeys(source: string, open: number): string[] {
	const keys: string[] = [];
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') {
			depth--;
			if (depth === 0) break;
		} else if (depth === 1) {
			// A key as a name (`actie:`) or quoted (`'bron-weg':`).
			const key = /^[\s,{]*(['"]?)([A-Za-z_][\w-]*)\1\s*:/.exec(source.slice(i - 1, i + 60));
			if (key && /[\s,{]/.test(source[i - 1]!) && /[A-Za-z_'"]/.test(c!)) {
				keys.push(key[2]!);
				// Skip past the key so that its letters are not read again.
				i += key[1]!.length * 2 + key[2]!.length;
			}
		}
	}
	return keys;
}

/** Comments blanked out, so that a `word:` in a comment is not read as a key. */
const withoutComments = (source: string) =>
	source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));

export function formActions(): string[] {
	const out: string[] = [];
	for (const file of walk(ROUTES)) {
		const source = withoutComments(fs.readFileSync(file, 'utf8'));
		if (file.endsWith('+page.server.ts')) {
			const at = /export const actions\b[^=]*=\s*\{/.exec(source);
			if (!at) continue;
			for (const name of topLevelKeys(source, at.index + at[0].length - 1)) out.push(`${routeOf(file)} ?/${name}`);
		} else if (file.endsWith('+server.ts') && /export (const|async function) POST\b/.test(source)) {
			out.push(`${routeOf(file)} POST`);
		}
	}
	return out.sort();
}
