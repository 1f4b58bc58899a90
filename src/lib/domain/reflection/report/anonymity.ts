/**
 * The anonymity rule behind every figure of a report, board view and benchmark (ADR 013).
 *
 * The smallest part a figure is made of is a **cell**: one layer's answers to one question. A person
 * answers a question at most once, so a cell's counts are people. A cell is shown only when at least
 * the threshold's number of people *chose a level* in it — counted for that cell, not for the layer
 * as a whole: a layer of twelve where one person gave an ambition shows no ambition. Its median,
 * spread, level shares, "weet ik niet" share and count are shown together, or not at all.
 *
 * Every combined figure (a layer over its indicators, all layers, a school in a board view, a cluster,
 * the board, the benchmark) is the sum of shown cells only. Subtracting one shown figure from another
 * then leaves a sum of shown cells again, never a hidden one: the differencing attack of ADR 008
 * finds nothing.
 */
import type { Layer } from '../../model/format.ts';
import { addHistograms, emptyHistogram, statsOf, type GroupStats, type Histogram } from './stats.ts';

export type Cell = { layer: Layer; histogram: Histogram };

export const ratedIn = (h: Histogram): number => h.levels.reduce((a, b) => a + b, 0);

export function cellShown(h: Histogram, threshold: number): boolean {
	return ratedIn(h) >= threshold;
}

/**
 * Who is behind a pool of shown cells, at least: within a layer the indicators of an aspect may all
 * be answered by the same people (so the largest cell counts), different layers are different people.
 */
export function peopleIn(cells: readonly Cell[]): number {
	const perLayer = new Map<Layer, number>();
	for (const c of cells) perLayer.set(c.layer, Math.max(perLayer.get(c.layer) ?? 0, ratedIn(c.histogram)));
	return [...perLayer.values()].reduce((a, b) => a + b, 0);
}

/** The figures of a pool of shown cells, or null when there is none (nothing may be shown). */
export function pooled(scale: number, cells: readonly Cell[]): GroupStats | null {
	if (cells.length === 0) return null;
	return statsOf(
		addHistograms(
			scale,
			cells.map((c) => c.histogram)
		),
		peopleIn(cells)
	);
}

/** What a hidden figure carries: nothing at all. */
export function hiddenStats(scale: number): GroupStats {
	return statsOf(emptyHistogram(scale), 0);
}

/** The aspect an answer's item belongs to: `koers`, or `koers.2` for its second indicator. */
export function aspectOfItem(item: string): string {
	return item.split('.')[0]!;
}
