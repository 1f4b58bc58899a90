/**
 * `npm run check:size` (part of `npm run check`): source files stay small enough to read in one go.
 * Counted are the TypeScript and Svelte files under src/, without the generated message code
 * (src/lib/paraglide) and without tests (`*.test.ts` and the fixtures they read). The median may not
 * rise above MEDIAN_LIMIT lines and no file may pass FILE_LIMIT lines: split a long page into
 * components, a long module by what its parts do (docs/architecture.md, "Small files").
 */
import fs from 'node:fs';
import path from 'node:path';

// Today's median: lower it when splits bring the median down, never raise it.
export const MEDIAN_LIMIT = 45;
export const FILE_LIMIT = 300;

const ROOT = 'src';
const SKIP_FOLDERS = new Set(['src/lib/paraglide']);

function isCounted(file: string): boolean {
	if (!/\.(ts|svelte)$/.test(file)) return false;
	if (file.endsWith('.test.ts')) return false;
	return !file.split('/').includes('fixtures');
}

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.posix.join(dir, entry.name);
		if (entry.isDirectory()) return SKIP_FOLDERS.has(full) ? [] : sourceFiles(full);
		return isCounted(full) ? [full] : [];
	});
}

/** Lines of text, as `wc -l` counts them in a file that ends with a newline. */
function lineCount(file: string): number {
	const text = fs.readFileSync(file, 'utf8');
	if (text === '') return 0;
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
	return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const files = sourceFiles(ROOT).map((file) => ({ file, lines: lineCount(file) }));
const middle = median(files.map((f) => f.lines));
const tooLong = files.filter((f) => f.lines > FILE_LIMIT).sort((a, b) => b.lines - a.lines);

console.log(
	`${files.length} source files, median ${middle} lines (at most ${MEDIAN_LIMIT}), longest file at most ${FILE_LIMIT}`
);
for (const { file, lines } of tooLong) console.error(`  ${file}: ${lines} lines, more than ${FILE_LIMIT}`);
if (middle > MEDIAN_LIMIT) console.error(`  the median is ${middle} lines, more than ${MEDIAN_LIMIT}`);
if (tooLong.length > 0 || middle > MEDIAN_LIMIT) process.exit(1);
