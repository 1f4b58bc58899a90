import { describe, expect, it } from 'vitest';
import { liveView, MIN_TO_SHOW, promptsFor, spreadOf, type PlacementCount, type Snapshot } from './dialogue.ts';

const c = (layer: PlacementCount['layer'], level: number | null, n = 1): PlacementCount => ({ layer, level, n });

describe('the spread of an aspect', () => {
	it('stays hidden below three placements and shows from three', () => {
		expect(MIN_TO_SHOW).toBe(3);
		expect(spreadOf([c('leraren', 2), c('leraren', 3)], 5)).toBeNull();
		const spread = spreadOf([c('leraren', 2), c('leraren', 3), c('leraren', 3), c('leraren', null)], 5);
		expect(spread).toMatchObject({ n: 4, distribution: [0, 1, 2, 0, 0], dontKnow: 1, lowest: 2, highest: 3 });
	});

	it('counts only placements on the scale: "weet ik niet" does not hide the few who chose a level', () => {
		// Three placed, two of them "weet ik niet": the spread would show the one person's level.
		expect(spreadOf([c('leraren', 4), c('leraren', null, 2)], 5)).toBeNull();
		expect(spreadOf([c('leraren', 4), c('leraren', 2), c('leraren', null, 5)], 5)).toBeNull();
		expect(spreadOf([c('leraren', 4), c('leraren', 2, 2), c('leraren', null, 5)], 5)).toMatchObject({
			n: 8,
			median: 2
		});
	});

	it('splits by layer only when every layer has three on the scale, "weet ik niet" aside', () => {
		// Three leaders placed, but two said "weet ik niet": their median would be one person's.
		const counts = [c('leraren', 2, 4), c('schoolleiding', 4, 1), c('schoolleiding', null, 2)];
		expect(spreadOf(counts, 5)?.layers).toEqual([]);
		expect(spreadOf([...counts, c('schoolleiding', 5, 2)], 5)?.layers).toEqual([
			{ layer: 'schoolleiding', n: 5, median: 5 },
			{ layer: 'leraren', n: 4, median: 2 }
		]);
	});

	it('splits by layer only when every layer present has at least three (no differencing)', () => {
		const two = [c('leraren', 2, 4), c('schoolleiding', 4, 2)];
		// Four teachers shown beside a total of six would give away the two leaders.
		expect(spreadOf(two, 5)?.layers).toEqual([]);
		const both = [c('leraren', 2, 4), c('schoolleiding', 4, 3)];
		expect(spreadOf(both, 5)?.layers).toEqual([
			{ layer: 'schoolleiding', n: 3, median: 4 },
			{ layer: 'leraren', n: 4, median: 2 }
		]);
	});

	it('ignores levels outside the scale', () => {
		expect(spreadOf([c('leraren', 9, 5)], 5)?.n).toBeUndefined();
	});
});

describe('questions that fit the spread', () => {
	it('asks about layers a phase or more apart, then about a wide spread', () => {
		const spread = spreadOf([c('leraren', 2, 3), c('leraren', 3), c('schoolleiding', 4, 3)], 5)!;
		expect(promptsFor(spread)).toEqual([
			{ kind: 'layers', low: { layer: 'leraren', median: 2 }, high: { layer: 'schoolleiding', median: 4 } },
			{ kind: 'wide', lowest: 2, highest: 4 }
		]);
	});

	it('asks what is needed to know when a quarter or more does not know', () => {
		expect(promptsFor(spreadOf([c('leraren', 3, 3), c('leraren', null, 1)], 5)!)).toEqual([
			{ kind: 'dontKnow', share: 0.25 }
		]);
	});

	it('names broad agreement, or asks an open question', () => {
		expect(promptsFor(spreadOf([c('leraren', 3, 4), c('leraren', 4, 1)], 5)!)).toEqual([
			{ kind: 'agreement', level: 3 }
		]);
		expect(promptsFor(spreadOf([c('leraren', 3, 2), c('leraren', 4, 2)], 5)!)).toEqual([{ kind: 'open' }]);
	});
});

describe('what each screen sees', () => {
	const snapshot: Snapshot = {
		scale: 5,
		status: 'open',
		index: 0,
		aspectId: 'koers',
		stage: 'placing',
		placed: 3,
		counts: [c('leraren', 2, 3)],
		agreement: null
	};

	it('shows the facilitator the spread before the reveal, participants only after', () => {
		expect(liveView(snapshot, 'facilitator').spread?.n).toBe(3);
		expect(liveView(snapshot, 'facilitator').prompts).toEqual([]);
		expect(liveView(snapshot, 'participant').spread).toBeNull();
		const revealed = { ...snapshot, stage: 'revealed' as const };
		expect(liveView(revealed, 'participant').spread?.distribution).toEqual([0, 3, 0, 0, 0]);
		expect(liveView(revealed, 'participant').prompts).toEqual([{ kind: 'agreement', level: 2 }]);
	});

	it('shows nobody a spread of fewer than three, revealed or not', () => {
		const few = { ...snapshot, stage: 'revealed' as const, placed: 2, counts: [c('leraren', 2, 2)] };
		expect(liveView(few, 'facilitator').spread).toBeNull();
		expect(liveView(few, 'participant').spread).toBeNull();
	});
});

describe('why the layers are not compared', () => {
	it('says so when several layers placed and one of them fewer than three times', () => {
		expect(spreadOf([c('leraren', 2, 4), c('schoolleiding', 4, 2)], 5)).toMatchObject({
			layers: [],
			layersWithheld: true
		});
		expect(spreadOf([c('leraren', 2, 4), c('schoolleiding', 4, 3)], 5)?.layersWithheld).toBe(false);
	});

	it('has nothing to explain when only one layer placed', () => {
		expect(spreadOf([c('leraren', 2, 5)], 5)).toMatchObject({ layers: [], layersWithheld: false });
	});
});
