/**
 * How the benchmarks print, in one place so that the scripts and bench/lib (which reports an
 * interruption) write alike: plain lines on stdout, checks marked ✓ or ✗.
 */
import process from 'node:process';

export function log(line = ''): void {
	process.stdout.write(`${line}\n`);
}

export const mark = (ok: boolean) => (ok ? '✓' : '✗');
