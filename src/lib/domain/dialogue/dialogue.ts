/**
 * The live team dialogue (gesprekkenparcours): per aspect the team places the school, sees its own
 * spread, talks about it with questions that fit that spread, and agrees where it stands.
 *
 * Privacy, per figure as in the reports (ADR 013): a spread is shown only once MIN_TO_SHOW people
 * placed the school at a level ("weet ik niet" does not count: three placements of which two are
 * "weet ik niet" would show one person's choice), and split by layer only when every layer present
 * has MIN_TO_SHOW of its own such placements — otherwise the whole minus the groups shown would give
 * away a small group (the differencing rule of the reports, ADR 008).
 */
import { LAYERS, type Layer } from '../model/format.ts';
import { statsOf, type Histogram } from '../reflection/report/stats.ts';

export const MIN_TO_SHOW = 3;
export const MAX_ASPECTS = 40;
export const NOTES_MAX = 2000;

export type DialogueStage = 'placing' | 'revealed';

/** Placements counted per layer and choice, as the database hands them out. */
export type PlacementCount = { layer: Layer; level: number | null; n: number };

export type Spread = {
	n: number;
	distribution: number[];
	dontKnow: number;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	/** Per layer, only when every layer present reaches MIN_TO_SHOW. */
	layers: { layer: Layer; n: number; median: number | null }[];
	/**
	 * Several layers placed, but at least one of them fewer than MIN_TO_SHOW times: the layers are
	 * not compared, and the screens say why (without saying which layer).
	 */
	layersWithheld: boolean;
};

export type Prompt =
	| { kind: 'wide'; lowest: number; highest: number }
	| { kind: 'layers'; low: { layer: Layer; median: number }; high: { layer: Layer; median: number } }
	| { kind: 'dontKnow'; share: number }
	| { kind: 'agreement'; level: number }
	| { kind: 'open' };

function histogramOf(counts: PlacementCount[], scale: number): Histogram {
	const h: Histogram = { levels: Array.from({ length: scale }, () => 0), dontKnow: 0 };
	for (const c of counts) {
		if (c.level === null) h.dontKnow += c.n;
		else if (c.level >= 1 && c.level <= scale) h.levels[c.level - 1]! += c.n;
	}
	return h;
}

/** The spread of one aspect's placements, or null while fewer than MIN_TO_SHOW chose a level. */
export function spreadOf(counts: PlacementCount[], scale: number): Spread | null {
	const histogram = histogramOf(counts, scale);
	const stats = statsOf(histogram);
	if (stats.rated < MIN_TO_SHOW) return null;
	const rated = histogram.levels.flatMap((c, i) => (c > 0 ? [i + 1] : []));
	const present = LAYERS.filter((l) => counts.some((c) => c.layer === l && c.n > 0));
	const perLayer = present.map((layer) => {
		const s = statsOf(
			histogramOf(
				counts.filter((c) => c.layer === layer),
				scale
			)
		);
		return { layer, n: s.n, rated: s.rated, median: s.median };
	});
	const layersShown = present.length > 1 && perLayer.every((l) => l.rated >= MIN_TO_SHOW);
	return {
		n: stats.n,
		distribution: histogram.levels,
		dontKnow: histogram.dontKnow,
		median: stats.median,
		lowest: rated[0] ?? null,
		highest: rated.at(-1) ?? null,
		layers: layersShown ? perLayer.map(({ layer, n, median }) => ({ layer, n, median })) : [],
		layersWithheld: present.length > 1 && !layersShown
	};
}

/**
 * Questions that fit the spread, most telling first: layers that see it differently (a phase or
 * more apart), a wide spread (two phases or more between lowest and highest), many "weet ik niet"
 * (a quarter or more). Without any of these: broad agreement, or an open question.
 */
export function promptsFor(spread: Spread): Prompt[] {
	const prompts: Prompt[] = [];
	const placed = spread.layers.filter((l): l is Spread['layers'][number] & { median: number } => l.median !== null);
	if (placed.length > 1) {
		const sorted = [...placed].sort((a, b) => a.median - b.median);
		const low = sorted[0]!;
		const high = sorted.at(-1)!;
		if (high.median - low.median >= 1)
			prompts.push({
				kind: 'layers',
				low: { layer: low.layer, median: low.median },
				high: { layer: high.layer, median: high.median }
			});
	}
	if (spread.lowest !== null && spread.highest !== null && spread.highest - spread.lowest >= 2)
		prompts.push({ kind: 'wide', lowest: spread.lowest, highest: spread.highest });
	const dontKnowShare = spread.dontKnow / spread.n;
	if (dontKnowShare >= 0.25) prompts.push({ kind: 'dontKnow', share: dontKnowShare });
	if (prompts.length === 0) {
		const rated = spread.n - spread.dontKnow;
		const top = spread.distribution.indexOf(Math.max(...spread.distribution));
		if (rated > 0 && (spread.distribution[top] ?? 0) / rated >= 0.6)
			prompts.push({ kind: 'agreement', level: top + 1 });
		else prompts.push({ kind: 'open' });
	}
	return prompts;
}

/** What a session's screens show at a moment; the same for every server (built from the database). */
export type Snapshot = {
	/** Levels of the model's scale. */
	scale: number;
	status: 'open' | 'closed';
	index: number;
	aspectId: string;
	stage: DialogueStage;
	placed: number;
	counts: PlacementCount[];
	agreement: { level: number | null; notes: string } | null;
};

export type LiveView = {
	status: 'open' | 'closed';
	index: number;
	aspectId: string;
	stage: DialogueStage;
	placed: number;
	spread: Spread | null;
	prompts: Prompt[];
	agreement: { level: number | null; notes: string } | null;
};

/**
 * The facilitator sees the spread as soon as there are enough placements; participants see it once
 * it has been revealed to all.
 */
export function liveView(snapshot: Snapshot, audience: 'facilitator' | 'participant'): LiveView {
	const spread = spreadOf(snapshot.counts, snapshot.scale);
	const shown = audience === 'facilitator' || snapshot.stage === 'revealed' ? spread : null;
	return {
		status: snapshot.status,
		index: snapshot.index,
		aspectId: snapshot.aspectId,
		stage: snapshot.stage,
		placed: snapshot.placed,
		spread: shown,
		prompts: shown && snapshot.stage === 'revealed' ? promptsFor(shown) : [],
		agreement: snapshot.agreement
	};
}
