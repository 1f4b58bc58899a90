/**
 * A board's (or partnership's) view across its schools: per school the latest round on one model,
 * reduced to a median per aspect over the school's shown layers; roll-ups per cluster and for the
 * whole board pool the answers of shown schools and shown layers only. Schools under the threshold are
 * listed without figures. The order is the board's own (by cluster, then name): never a ranking.
 */
import type { Layer } from '../../model/format.ts';
import { addHistograms, emptyHistogram, statsOf, type GroupStats, type Histogram } from './stats.ts';

export type SchoolInput = {
	schoolId: string;
	name: string;
	clusterId: string | null;
	threshold: number;
	respondents: Partial<Record<Layer, number>>;
	/** Counts per layer, aspect and level (null = weet ik niet). */
	counts: { layer: Layer; aspectId: string; level: number | null; count: number }[];
};

export type BoardCell = { median: number | null; n: number };
export type BoardRow = {
	schoolId: string;
	name: string;
	clusterId: string | null;
	shown: boolean;
	respondents: number;
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

function histogram(school: SchoolInput, layers: Layer[], aspectId: string, scale: number): Histogram {
	const h = emptyHistogram(scale);
	for (const c of school.counts) {
		if (c.aspectId !== aspectId || !layers.includes(c.layer)) continue;
		if (c.level === null) h.dontKnow += c.count;
		else if (c.level >= 1 && c.level <= scale) h.levels[c.level - 1]! += c.count;
	}
	return h;
}

const cell = (s: GroupStats): BoardCell => ({ median: s.median, n: s.n });

export function buildBoardView(input: {
	scale: number;
	aspects: { id: string; name: string }[];
	schools: SchoolInput[];
	layer?: Layer;
}): BoardView {
	const { scale, aspects } = input;
	const pooled = new Map<string, Histogram[]>();
	const rows: BoardRow[] = input.schools.map((school) => {
		const layers = shownLayers(school, input.layer);
		const respondents = layers.reduce((sum, l) => sum + (school.respondents[l] ?? 0), 0);
		const shown = layers.length > 0;
		const cells: Record<string, BoardCell> = {};
		for (const aspect of aspects) {
			if (!shown) continue;
			const h = histogram(school, layers, aspect.id, scale);
			cells[aspect.id] = cell(statsOf(h));
			pooled.set(`${school.schoolId}|${aspect.id}`, [h]);
		}
		return { schoolId: school.schoolId, name: school.name, clusterId: school.clusterId, shown, respondents, cells };
	});

	const rollUp = (id: string, members: BoardRow[]): RollUp => {
		const visible = members.filter((m) => m.shown);
		const cells: Record<string, BoardCell> = {};
		for (const aspect of aspects) {
			const parts = visible.flatMap((m) => pooled.get(`${m.schoolId}|${aspect.id}`) ?? []);
			cells[aspect.id] = cell(statsOf(addHistograms(scale, parts)));
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

/** The pooled medians of all shown schools of a sector on one model, or null with too few schools. */
export function buildBenchmark(input: {
	scale: number;
	aspects: { id: string; name: string }[];
	schools: SchoolInput[];
}): RollUp | null {
	const view = buildBoardView(input);
	return view.total.schools >= BENCHMARK_MIN_SCHOOLS ? view.total : null;
}
