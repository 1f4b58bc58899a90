/**
 * A board's (or partnership's) view across its schools: per school the latest round on one model,
 * reduced to a median per aspect. A school's figure for an aspect is exactly what its own report
 * shows for it — the pool of its shown cells (one layer, one question: `anonymity.ts`, ADR 013) — so
 * the board view and the school's report can never be subtracted from each other. Roll-ups per
 * cluster and for the whole board pool those shown school figures only; a school without a single
 * shown figure is listed without figures. The order is the board's own (by cluster, then name):
 * never a ranking.
 */
import type { Layer } from '../../model/format.ts';
import { aspectOfItem, cellShown, pooled, type Cell } from './anonymity.ts';
import { addHistograms, emptyHistogram, statsOf, type GroupStats, type Histogram } from './stats.ts';

export type SchoolInput = {
	schoolId: string;
	name: string;
	clusterId: string | null;
	threshold: number;
	respondents: Partial<Record<Layer, number>>;
	/** Counts per layer, question (`koers`, or `koers.2` for an indicator) and level (null = weet ik niet). */
	counts: { layer: Layer; item: string; level: number | null; count: number }[];
};

/** `people`: at least this many chose a level behind the median; `schools`: how many schools it pools. */
export type BoardCell = { median: number | null; n: number; people: number; schools: number };
export type BoardRow = {
	schoolId: string;
	name: string;
	clusterId: string | null;
	shown: boolean;
	respondents: number;
	/** Only the aspects whose figure may be shown. */
	cells: Record<string, BoardCell>;
};
export type RollUp = { id: string; schools: number; respondents: number; cells: Record<string, BoardCell> };

export type BoardView = {
	aspects: { id: string; name: string }[];
	schools: BoardRow[];
	clusters: RollUp[];
	total: RollUp;
};

function shownLayers(school: SchoolInput, only: Layer | undefined): Layer[] {
	return (Object.keys(school.respondents) as Layer[]).filter(
		(l) => (only === undefined || l === only) && (school.respondents[l] ?? 0) >= school.threshold
	);
}

/** The school's shown cells, grouped by aspect. */
function shownCells(school: SchoolInput, layers: Layer[], scale: number): Map<string, Cell[]> {
	// Per layer a map of question → histogram: a board view runs this over tens of thousands of counts.
	const perLayer = new Map<Layer, Map<string, Histogram>>(layers.map((l) => [l, new Map()]));
	for (const c of school.counts) {
		const items = perLayer.get(c.layer);
		if (!items) continue;
		let h = items.get(c.item);
		if (!h) items.set(c.item, (h = emptyHistogram(scale)));
		if (c.level === null) h.dontKnow += c.count;
		else if (c.level >= 1 && c.level <= scale) h.levels[c.level - 1]! += c.count;
	}
	const out = new Map<string, Cell[]>();
	for (const [layer, items] of perLayer)
		for (const [item, histogram] of items) {
			if (!cellShown(histogram, school.threshold)) continue;
			const aspectId = aspectOfItem(item);
			const cells = out.get(aspectId);
			if (cells) cells.push({ layer, histogram });
			else out.set(aspectId, [{ layer, histogram }]);
		}
	return out;
}

const cell = (s: GroupStats, schools: number): BoardCell => ({ median: s.median, n: s.n, people: s.people, schools });

export function buildBoardView(input: {
	scale: number;
	aspects: { id: string; name: string }[];
	schools: SchoolInput[];
	layer?: Layer;
}): BoardView {
	const { scale, aspects } = input;
	const pooledBySchool = new Map<string, { histogram: Histogram; people: number }>();
	const rows: BoardRow[] = input.schools.map((school) => {
		const layers = shownLayers(school, input.layer);
		const byAspect = shownCells(school, layers, scale);
		const cells: Record<string, BoardCell> = {};
		for (const aspect of aspects) {
			const stats = pooled(scale, byAspect.get(aspect.id) ?? []);
			if (!stats) continue;
			cells[aspect.id] = cell(stats, 1);
			pooledBySchool.set(`${school.schoolId}|${aspect.id}`, {
				histogram: { levels: stats.distribution, dontKnow: stats.n - stats.rated },
				people: stats.people
			});
		}
		const shown = Object.keys(cells).length > 0;
		const respondents = shown ? layers.reduce((sum, l) => sum + (school.respondents[l] ?? 0), 0) : 0;
		return { schoolId: school.schoolId, name: school.name, clusterId: school.clusterId, shown, respondents, cells };
	});

	const rollUp = (id: string, members: BoardRow[]): RollUp => {
		const visible = members.filter((m) => m.shown);
		const cells: Record<string, BoardCell> = {};
		for (const aspect of aspects) {
			const parts = visible.flatMap((m) => pooledBySchool.get(`${m.schoolId}|${aspect.id}`) ?? []);
			if (parts.length === 0) continue;
			const people = parts.reduce((sum, p) => sum + p.people, 0);
			cells[aspect.id] = cell(
				statsOf(
					addHistograms(
						scale,
						parts.map((p) => p.histogram)
					),
					people
				),
				parts.length
			);
		}
		return { id, schools: visible.length, respondents: visible.reduce((sum, m) => sum + m.respondents, 0), cells };
	};

	const clusterIds = [...new Set(rows.map((r) => r.clusterId).filter((c): c is string => c !== null))];
	return {
		aspects,
		schools: rows,
		clusters: clusterIds.map((id) =>
			rollUp(
				id,
				rows.filter((r) => r.clusterId === id)
			)
		),
		total: rollUp('total', rows)
	};
}

/** A sector benchmark is shown only when at least this many schools contribute to it. */
export const BENCHMARK_MIN_SCHOOLS = 5;

/**
 * The pooled medians of all shown schools of a sector on one model, or null with too few schools.
 * Per aspect too: an aspect that fewer than five schools have a shown figure for has no benchmark.
 */
export function buildBenchmark(input: {
	scale: number;
	aspects: { id: string; name: string }[];
	schools: SchoolInput[];
}): RollUp | null {
	const { total } = buildBoardView(input);
	if (total.schools < BENCHMARK_MIN_SCHOOLS) return null;
	const cells = Object.fromEntries(Object.entries(total.cells).filter(([, c]) => c.schools >= BENCHMARK_MIN_SCHOOLS));
	return { ...total, cells };
}
