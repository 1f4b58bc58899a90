import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentages } from './percentages.ts';

describe('percentages on one base', () => {
	it('gives the leftover point to the largest remainder: 5, 1, 1 of 7 is 72 / 14 / 14', () => {
		expect(percentages([5, 1, 1])).toEqual([72, 14, 14]);
	});

	it('breaks equal remainders by the larger count, then by position', () => {
		expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
		// 1/6 and 1/6 and 4/6: remainders 2/3, 2/3, 2/3 → the larger count first, then the first one.
		expect(percentages([1, 1, 4])).toEqual([17, 16, 67]);
		expect(percentages([0, 2, 0, 2, 2])).toEqual([0, 34, 0, 33, 33]);
	});

	it('keeps exact shares exact and an empty row all zero', () => {
		expect(percentages([1, 1, 2])).toEqual([25, 25, 50]);
		expect(percentages([0, 0, 0])).toEqual([0, 0, 0]);
		expect(percentages([3])).toEqual([100]);
	});

	it('always adds up to 100, never moves a part more than one point from its exact share', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 11 }), (counts) => {
				const total = counts.reduce((a, b) => a + b, 0);
				const row = percentages(counts);
				expect(row).toHaveLength(counts.length);
				if (total === 0) {
					expect(row.every((p) => p === 0)).toBe(true);
					return;
				}
				expect(row.reduce((a, b) => a + b, 0)).toBe(100);
				row.forEach((p, i) => {
					expect(Number.isInteger(p)).toBe(true);
					expect(Math.abs(p - (counts[i]! * 100) / total)).toBeLessThan(1);
					if (counts[i] === 0) expect(p).toBe(0);
				});
			})
		);
	});
});
