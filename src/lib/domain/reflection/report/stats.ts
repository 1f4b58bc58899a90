/**
 * Statistics of one group's answers to one question, computed from counts per level (a histogram),
 * never from individual answers: the database only ever hands out counts.
 */
import { percentages } from './percentages.ts';

export type Histogram = { levels: number[]; dontKnow: number };

export type GroupStats = {
	/** Answers that chose a level or "weet ik niet". */
	n: number;
	/** Answers that chose a level. */
	rated: number;
	/**
	 * At least this many different people chose a level in the answers behind these figures: what the
	 * anonymity threshold is checked against (ADR 013). Equal to `rated` for one group's answers to one
	 * question; a lower bound where indicators of one person are pooled.
	 */
	people: number;
	distribution: number[];
	/**
	 * Whole percentages of all `n` answers per level, with "weet ik niet" as its own share: together
	 * they add up to exactly 100 (the one base of every table, chart, PDF and CSV; ADR 013).
	 */
	percents: number[];
	dontKnowPercent: number;
	median: number | null;
	q1: number | null;
	q3: number | null;
	iqr: number | null;
	/**
	 * Share of rated answers at the median level (both neighbouring levels when the median falls
	 * between two): how much the group agrees on where it stands.
	 */
	agreement: number | null;
};

export function emptyHistogram(scale: number): Histogram {
	return { levels: new Array<number>(scale).fill(0), dontKnow: 0 };
}

export function addHistograms(scale: number, parts: Histogram[]): Histogram {
	const total = emptyHistogram(scale);
	for (const part of parts) {
		part.levels.forEach((count, i) => (total.levels[i] = (total.levels[i] ?? 0) + count));
		total.dontKnow += part.dontKnow;
	}
	return total;
}

/** The value at 1-based rank `rank` in the sorted answers. */
function valueAtRank(levels: number[], rank: number): number {
	let seen = 0;
	for (let i = 0; i < levels.length; i++) {
		seen += levels[i] ?? 0;
		if (seen >= rank) return i + 1;
	}
	return levels.length;
}

function quantile(levels: number[], rated: number, p: number): number {
	// Linear interpolation between closest ranks (the "type 7" definition spreadsheets use).
	const h = (rated - 1) * p + 1;
	const lower = valueAtRank(levels, Math.floor(h));
	const upper = valueAtRank(levels, Math.ceil(h));
	return lower + (h - Math.floor(h)) * (upper - lower);
}

export function statsOf(histogram: Histogram, people?: number): GroupStats {
	const rated = histogram.levels.reduce((a, b) => a + b, 0);
	const n = rated + histogram.dontKnow;
	const row = percentages([...histogram.levels, histogram.dontKnow]);
	// Written out rather than spread from a shared object: a board view computes thousands of these,
	// and the spread made each one twenty times slower.
	const percents = row.slice(0, -1);
	const dontKnowPercent = row[row.length - 1]!;
	const who = people ?? rated;
	if (rated === 0) {
		return {
			n,
			rated,
			people: who,
			distribution: [...histogram.levels],
			percents,
			dontKnowPercent,
			median: null,
			q1: null,
			q3: null,
			iqr: null,
			agreement: null
		};
	}
	const median = quantile(histogram.levels, rated, 0.5);
	const q1 = quantile(histogram.levels, rated, 0.25);
	const q3 = quantile(histogram.levels, rated, 0.75);
	const near = Number.isInteger(median) ? [median] : [Math.floor(median), Math.ceil(median)];
	const agreement = near.reduce((sum, level) => sum + (histogram.levels[level - 1] ?? 0), 0) / rated;
	return {
		n,
		rated,
		people: who,
		distribution: [...histogram.levels],
		percents,
		dontKnowPercent,
		median,
		q1,
		q3,
		iqr: q3 - q1,
		agreement
	};
}
