/**
 * For the anonymity property test: generated respondents, and what a report may show of them,
 * recomputed from the raw answers — by person, with sets, independent of how the report counts.
 *
 * The rule it holds the report to (ADR 013): a cell (one layer, one question) counts only when the
 * layer reached the threshold and at least the threshold's number of people chose a level in it;
 * every figure is exactly the pool of the counting cells in its scope, and the people behind a shown
 * figure are at least the threshold.
 */
import type { Layer } from '../../src/lib/domain/model/format.ts';
import type { ReportItem } from '../../src/lib/domain/reflection/report/school-report.ts';
import { statsOf, type Histogram } from '../../src/lib/domain/reflection/report/stats.ts';

/** One generated respondent: per question a level, "weet ik niet" or nothing; ambitions and comments per aspect. */
export type Person = {
	layer: Layer;
	submitted: boolean;
	answers: Map<string, number | 'dk'>;
	ambitions: Map<string, number>;
	comments: Map<string, string>;
};

export type Expected = { histogram: Histogram; n: number; raters: number; cells: number };

export class Oracle {
	readonly submitted: Person[];
	constructor(
		readonly people: Person[],
		readonly layers: Layer[],
		readonly items: ReportItem[],
		readonly scale: number,
		readonly thresholds: { scores: number; comments: number }
	) {
		this.submitted = people.filter((p) => p.submitted);
	}

	respondents(layer: Layer): number {
		return this.submitted.filter((p) => p.layer === layer).length;
	}

	layerShown(layer: Layer): boolean {
		return this.respondents(layer) >= this.thresholds.scores;
	}

	private raters(layer: Layer, item: string): Person[] {
		return this.submitted.filter((p) => p.layer === layer && typeof p.answers.get(item) === 'number');
	}

	cellCounts(layer: Layer, item: string): boolean {
		return this.layerShown(layer) && this.raters(layer, item).length >= this.thresholds.scores;
	}

	/** The pool of the counting cells among these layers and questions, with the distinct people who rated in it. */
	figure(layers: readonly Layer[], keys: readonly string[]): Expected {
		const histogram: Histogram = { levels: Array.from({ length: this.scale }, () => 0), dontKnow: 0 };
		const raters = new Set<Person>();
		let cells = 0;
		for (const layer of layers)
			for (const key of keys) {
				if (!this.cellCounts(layer, key)) continue;
				cells += 1;
				for (const p of this.submitted.filter((x) => x.layer === layer)) {
					const a = p.answers.get(key);
					if (a === 'dk') histogram.dontKnow += 1;
					else if (typeof a === 'number') {
						histogram.levels[a - 1]! += 1;
						raters.add(p);
					}
				}
			}
		const rated = histogram.levels.reduce((x, y) => x + y, 0);
		return { histogram, n: rated + histogram.dontKnow, raters: raters.size, cells };
	}

	keysOf(aspectId: string): string[] {
		return this.items.filter((i) => i.aspectId === aspectId).map((i) => i.key);
	}

	/** The ambition median over the layers where enough people gave one, and how many gave it. */
	ambition(aspectId: string): { median: number | null; people: number } {
		const h: Histogram = { levels: Array.from({ length: this.scale }, () => 0), dontKnow: 0 };
		let people = 0;
		for (const layer of this.layers) {
			if (!this.layerShown(layer)) continue;
			const givers = this.submitted.filter((p) => p.layer === layer && p.ambitions.has(aspectId));
			if (givers.length < this.thresholds.scores) continue;
			people += givers.length;
			for (const p of givers) h.levels[p.ambitions.get(aspectId)! - 1]! += 1;
		}
		return { median: people > 0 ? statsOf(h).median : null, people };
	}

	/** Comments a report may show (their layer is the group they hide in), and those it must never show. */
	comments(): { allowed: Map<string, string[]>; forbidden: string[] } {
		const allowed = new Map<string, string[]>();
		const forbidden: string[] = [];
		for (const p of this.people)
			for (const [aspectId, text] of p.comments) {
				if (p.submitted && this.respondents(p.layer) >= this.thresholds.comments) {
					const key = `${aspectId}|${p.layer}`;
					allowed.set(key, [...(allowed.get(key) ?? []), text]);
				} else forbidden.push(text);
			}
		return { allowed, forbidden };
	}

	/** A school's figure per aspect for a board view or benchmark: all its counting cells. */
	schoolFigure(aspectId: string): Expected {
		return this.figure(this.layers, this.keysOf(aspectId));
	}
}
