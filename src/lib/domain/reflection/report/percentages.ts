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
	let total = 0;
	for (const c of counts) total += c;
	const out = counts.map(() => 0);
	if (total <= 0) return out;
	// Remainders in whole units of 1/total, so floating point never decides a tie. A plain scan per
	// missing point (at most one per part) is cheaper than sorting: this runs for every figure of a
	// board view of a hundred schools.
	const remainder = counts.map((c) => (c * 100) % total);
	let missing = 100;
	counts.forEach((c, i) => {
		out[i] = Math.floor((c * 100) / total);
		missing -= out[i]!;
	});
	for (; missing > 0; missing--) {
		let best = -1;
		for (let i = 0; i < counts.length; i++) {
			if (remainder[i]! <= 0) continue;
			if (
				best < 0 ||
				remainder[i]! > remainder[best]! ||
				(remainder[i] === remainder[best] && counts[i]! > counts[best]!)
			)
				best = i;
		}
		out[best]! += 1;
		remainder[best] = 0;
	}
	return out;
}
