/**
 * Whole percentages of a row of counts that add up to exactly 100 (largest-remainder, or Hamilton,
 * rounding). The report's table, chart, PDF and CSV all print these numbers, so a row reads the same
 * everywhere and never adds up to 99 or 101 (ADR 013).
 *
 * Every part first gets its percentage rounded down; the points still missing go, one each, to the
 * parts with the largest remainders. Equal remainders go to the larger count first, then to the part
 * that comes first: the same counts always give the same row.
 */
export function percentages(counts: readonly number[]): number[] {
	const total = counts.reduce((sum, c) => sum + c, 0);
	if (total <= 0) return counts.map(() => 0);
	const exact = counts.map((c) => (c * 100) / total);
	const out = exact.map((x) => Math.floor(x));
	let missing = 100 - out.reduce((sum, p) => sum + p, 0);
	// Remainders compared in whole units of 1/total, so floating point never decides a tie.
	const remainder = counts.map((c) => (c * 100) % total);
	const order = counts
		.map((_, i) => i)
		.sort((a, b) => remainder[b]! - remainder[a]! || counts[b]! - counts[a]! || a - b);
	for (const i of order) {
		if (missing <= 0) break;
		out[i]! += 1;
		missing -= 1;
	}
	return out;
}
