import { describe, expect, it } from 'vitest';
import { addHistograms, statsOf } from './stats.ts';

describe('statistics from counts per level', () => {
	it('computes the median, quartiles, spread and agreement', () => {
		const s = statsOf({ levels: [1, 2, 4, 2, 1], dontKnow: 2 });
		expect(s).toMatchObject({ n: 12, rated: 10, median: 3, q1: 2.25, q3: 3.75, iqr: 1.5 });
		expect(s.agreement).toBeCloseTo(0.4);
		expect(s.people).toBe(10);
	});

	it('gives the shares of every level and of "weet ik niet" on one base, all answers, adding up to 100', () => {
		// 1, 2, 4, 2, 1 and 2 × "weet ik niet" of 12: 8.3 16.7 33.3 16.7 8.3 16.7 → 8 17 33 17 8 17.
		const s = statsOf({ levels: [1, 2, 4, 2, 1], dontKnow: 2 });
		expect([...s.percents, s.dontKnowPercent]).toEqual([8, 17, 33, 17, 8, 17]);
		// The teachers: 5, 1 and 1 × "weet ik niet" read 83 % + 17 % plus 14 %; on one base 72 / 14 / 14.
		const t = statsOf({ levels: [0, 5, 1], dontKnow: 1 });
		expect([...t.percents, t.dontKnowPercent]).toEqual([0, 72, 14, 14]);
	});

	it('gives a median between two levels when the group is split, and counts both as agreement', () => {
		const s = statsOf({ levels: [0, 3, 3, 0, 0], dontKnow: 0 });
		expect(s.median).toBe(2.5);
		expect(s.agreement).toBe(1);
	});

	it('handles a group that only said "weet ik niet", and an empty group', () => {
		expect(statsOf({ levels: [0, 0, 0], dontKnow: 4 })).toMatchObject({
			n: 4,
			rated: 0,
			median: null,
			percents: [0, 0, 0],
			dontKnowPercent: 100,
			agreement: null
		});
		expect(statsOf({ levels: [0, 0, 0], dontKnow: 0 })).toMatchObject({ n: 0, median: null, dontKnowPercent: 0 });
	});

	it('agrees with sorting the answers for a single answer and for unanimity', () => {
		expect(statsOf({ levels: [0, 0, 1], dontKnow: 0 })).toMatchObject({
			median: 3,
			q1: 3,
			q3: 3,
			iqr: 0,
			agreement: 1
		});
		expect(statsOf({ levels: [7, 0, 0, 0], dontKnow: 0 })).toMatchObject({ median: 1, iqr: 0, agreement: 1 });
	});

	it('adds histograms level by level', () => {
		expect(
			addHistograms(3, [
				{ levels: [1, 0, 2], dontKnow: 1 },
				{ levels: [0, 4, 1], dontKnow: 0 }
			])
		).toEqual({ levels: [1, 4, 3], dontKnow: 1 });
	});
});
