/**
 * The report of one round: where the organisation stands per aspect, per layer and over all shown
 * layers, where the layers see it differently, strengths and development potential, the ambition gap,
 * and the comments that may be shown.
 *
 * Anonymity, per figure (ADR 008, ADR 013): a layer's count of respondents is shown only when at
 * least `thresholds.scores` people of it submitted; each figure only when at least that many people
 * are behind *that* figure (`anonymity.ts`: a cell of one layer and one question, shown when enough
 * people chose a level in it; an ambition when enough people gave one). Combined figures ("all
 * layers", a layer over its indicators) pool shown cells only, so subtracting one allowed view from
 * another can never reveal a small group. Comments of a layer are shown when at least
 * `thresholds.comments` people of that layer submitted: that is the group a comment hides in.
 */
import type { Layer } from '../../model/format.ts';
import { cellShown, hiddenStats, pooled, type Cell } from './anonymity.ts';
import { emptyHistogram, type GroupStats, type Histogram } from './stats.ts';

export type ReportItem = { key: string; aspectId: string; aspectName: string; indicator?: number };
export type CountRow = { layer: Layer; item: string; level: number | null; count: number };
export type AmbitionRow = { layer: Layer; item: string; level: number; count: number };
export type CommentRow = { layer: Layer; aspectId: string; text: string };

export type ReportInput = {
	scale: number;
	layers: Layer[];
	items: ReportItem[];
	respondents: Partial<Record<Layer, number>>;
	answers: CountRow[];
	ambitions: AmbitionRow[];
	comments: CommentRow[];
	thresholds: { scores: number; comments: number };
};

export type AspectReport = {
	aspectId: string;
	name: string;
	/** Over all shown cells of the aspect; with nothing shown, empty (`n` 0, every figure null). */
	overall: GroupStats;
	/** Only the layers whose figure for this aspect may be shown. */
	byLayer: Partial<Record<Layer, GroupStats>>;
	/** Indicator mode: the stats per indicator, over all shown layers. */
	indicators: { key: string; indicator: number; overall: GroupStats; byLayer: Partial<Record<Layer, GroupStats>> }[];
	/** `people`: how many gave the ambitions the median is of (0 when it is not shown). */
	ambition: { median: number | null; gap: number | null; people: number };
};

export type LayerGap = {
	aspectId: string;
	aspectName: string;
	high: { layer: Layer; median: number };
	low: { layer: Layer; median: number };
	difference: number;
};

export type SchoolReport = {
	scale: number;
	/** `respondents` is the layer's count when it is shown, 0 otherwise: a small group's size is not handed out. */
	layers: { layer: Layer; respondents: number; shown: boolean; commentsShown: boolean }[];
	respondentsShown: number;
	aspects: AspectReport[];
	gaps: LayerGap[];
	strengths: string[];
	potential: string[];
	comments: { aspectId: string; layer: Layer; texts: string[] }[];
	/** True when not a single figure may be shown: the report then shows no figures at all. */
	empty: boolean;
};

/** A difference of a whole phase or more between two layers is worth a conversation. */
export const GAP_THRESHOLD = 1;

function histogramsOf(input: ReportInput): Map<string, Histogram> {
	const cells = new Map<string, Histogram>();
	for (const row of input.answers) {
		const key = `${row.layer}|${row.item}`;
		const h = cells.get(key) ?? emptyHistogram(input.scale);
		if (row.level === null) h.dontKnow += row.count;
		else if (row.level >= 1 && row.level <= input.scale) h.levels[row.level - 1]! += row.count;
		cells.set(key, h);
	}
	return cells;
}

function ambitionsOf(input: ReportInput, layers: readonly Layer[], item: string): Cell[] {
	return layers.flatMap((layer) => {
		const h = emptyHistogram(input.scale);
		for (const row of input.ambitions)
			if (row.layer === layer && row.item === item && row.level >= 1 && row.level <= input.scale)
				h.levels[row.level - 1]! += row.count;
		return cellShown(h, input.thresholds.scores) ? [{ layer, histogram: h }] : [];
	});
}

/** Comments of a layer hide in the group of everyone of that layer who submitted. */
function commentsMayShow(respondents: number, thresholds: ReportInput['thresholds']): boolean {
	return respondents >= thresholds.comments;
}

/** The layers whose comments the report may show: only those need to be read at all. */
export function commentLayers(input: Pick<ReportInput, 'layers' | 'respondents' | 'thresholds'>): Layer[] {
	return input.layers.filter((layer) => commentsMayShow(input.respondents[layer] ?? 0, input.thresholds));
}

export function buildSchoolReport(input: ReportInput): SchoolReport {
	const { scale } = input;
	const threshold = input.thresholds.scores;
	const layers = input.layers.map((layer) => {
		const respondents = input.respondents[layer] ?? 0;
		const shown = respondents >= threshold;
		return {
			layer,
			respondents: shown ? respondents : 0,
			shown,
			commentsShown: commentsMayShow(respondents, input.thresholds)
		};
	});
	const shown = layers.filter((l) => l.shown).map((l) => l.layer);
	const histograms = histogramsOf(input);
	/** The shown cells of these layers for these items. */
	const cells = (of: readonly Layer[], keys: readonly string[]): Cell[] =>
		of.flatMap((layer) =>
			keys.flatMap((key) => {
				const h = histograms.get(`${layer}|${key}`);
				return h && cellShown(h, threshold) ? [{ layer, histogram: h }] : [];
			})
		);
	const perLayer = (keys: readonly string[]): Partial<Record<Layer, GroupStats>> =>
		Object.fromEntries(
			shown.flatMap((layer) => {
				const stats = pooled(scale, cells([layer], keys));
				return stats ? [[layer, stats]] : [];
			})
		);
	const aspectIds = [...new Set(input.items.map((i) => i.aspectId))];

	const aspects: AspectReport[] = aspectIds.map((aspectId) => {
		const items = input.items.filter((i) => i.aspectId === aspectId);
		const keys = items.map((i) => i.key);
		const overall = pooled(scale, cells(shown, keys)) ?? hiddenStats(scale);
		const indicators = items.flatMap((item) =>
			item.indicator === undefined
				? []
				: [
						{
							key: item.key,
							indicator: item.indicator,
							overall: pooled(scale, cells(shown, [item.key])) ?? hiddenStats(scale),
							byLayer: perLayer([item.key])
						}
					]
		);
		// The ambition is asked once per aspect and stored with its first question.
		const ambitions = pooled(scale, ambitionsOf(input, shown, keys[0]!));
		const ambition = ambitions?.median ?? null;
		return {
			aspectId,
			name: items[0]!.aspectName,
			overall,
			byLayer: perLayer(keys),
			indicators,
			ambition: {
				median: ambition,
				gap: ambition !== null && overall.median !== null ? ambition - overall.median : null,
				people: ambitions?.people ?? 0
			}
		};
	});

	const gaps: LayerGap[] = aspects.flatMap((aspect) => {
		const medians = shown.flatMap((layer) => {
			const median = aspect.byLayer[layer]?.median;
			return median === null || median === undefined ? [] : [{ layer, median }];
		});
		if (medians.length < 2) return [];
		const high = medians.reduce((a, b) => (b.median > a.median ? b : a));
		const low = medians.reduce((a, b) => (b.median < a.median ? b : a));
		const difference = high.median - low.median;
		return difference >= GAP_THRESHOLD
			? [{ aspectId: aspect.aspectId, aspectName: aspect.name, high, low, difference }]
			: [];
	});
	gaps.sort((a, b) => b.difference - a.difference);

	const { strengths, potential } = strengthsAndPotential(aspects, gaps, input.scale);

	const commentLayers = layers.filter((l) => l.commentsShown).map((l) => l.layer);
	const comments = aspectIds.flatMap((aspectId) =>
		commentLayers.flatMap((layer) => {
			const texts = input.comments.filter((c) => c.aspectId === aspectId && c.layer === layer).map((c) => c.text);
			return texts.length > 0 ? [{ aspectId, layer, texts: shuffleStable(texts) }] : [];
		})
	);

	return {
		scale: input.scale,
		layers,
		respondentsShown: layers.reduce((sum, l) => sum + l.respondents, 0),
		aspects,
		gaps,
		strengths,
		potential,
		comments,
		empty: aspects.every((a) => a.overall.n === 0)
	};
}

/**
 * The documented rules (also on the report page):
 * - A **strength** is an aspect whose median over all shown layers is at least the middle of the scale
 *   and at least the median of all aspects, on which at least half of the answers agree, and on which
 *   no two layers differ by two phases or more. At most two, highest first.
 * - **Development potential** is an aspect whose median is below the median of all aspects, ordered by
 *   the ambition gap (where people want to be minus where they are), then by the lowest median. At
 *   most two.
 */
export function strengthsAndPotential(
	aspects: AspectReport[],
	gaps: LayerGap[],
	scale: number
): { strengths: string[]; potential: string[] } {
	const rated = aspects.filter((a) => a.overall.median !== null);
	if (rated.length === 0) return { strengths: [], potential: [] };
	const medians = rated.map((a) => a.overall.median!).sort((a, b) => a - b);
	const middleOfAspects =
		medians.length % 2
			? medians[(medians.length - 1) / 2]!
			: (medians[medians.length / 2 - 1]! + medians[medians.length / 2]!) / 2;
	const middleOfScale = (scale + 1) / 2;
	const wideGap = new Set(gaps.filter((g) => g.difference >= 2).map((g) => g.aspectId));
	const strengths = rated
		.filter(
			(a) =>
				a.overall.median! >= middleOfScale &&
				a.overall.median! >= middleOfAspects &&
				(a.overall.agreement ?? 0) >= 0.5 &&
				!wideGap.has(a.aspectId)
		)
		.sort((a, b) => b.overall.median! - a.overall.median!)
		.slice(0, 2)
		.map((a) => a.aspectId);
	const potential = rated
		.filter((a) => a.overall.median! < middleOfAspects)
		.sort((a, b) => (b.ambition.gap ?? 0) - (a.ambition.gap ?? 0) || a.overall.median! - b.overall.median!)
		.slice(0, 2)
		.map((a) => a.aspectId);
	return { strengths, potential };
}

/** Comments are shown in an order that does not follow the order they were given in. */
function shuffleStable(texts: string[]): string[] {
	return [...texts].sort((a, b) => a.localeCompare(b, 'nl'));
}
