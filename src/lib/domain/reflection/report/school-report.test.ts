import { describe, expect, it } from 'vitest';
import { buildSchoolReport, commentLayers, type CountRow, type ReportInput } from './school-report.ts';
import type { Layer } from '../../model/format.ts';

const items = [
	{ key: 'koers', aspectId: 'koers', aspectName: 'Koers' },
	{ key: 'data', aspectId: 'data', aspectName: 'Data' },
	{ key: 'team', aspectId: 'team', aspectName: 'Team' }
];

/** `answers('leraren', 'koers', [0, 2, 3, 0, 0], 1)`: counts per level and "weet ik niet". */
const answers = (layer: Layer, item: string, levels: number[], dontKnow = 0): CountRow[] => [
	...levels.flatMap((count, i) => (count > 0 ? [{ layer, item, level: i + 1, count }] : [])),
	...(dontKnow > 0 ? [{ layer, item, level: null, count: dontKnow }] : [])
];

function input(overrides: Partial<ReportInput> = {}): ReportInput {
	return {
		scale: 5,
		layers: ['schoolleiding', 'leraren'],
		items,
		respondents: { schoolleiding: 5, leraren: 10 },
		answers: [
			...answers('schoolleiding', 'koers', [0, 0, 0, 5, 0]),
			...answers('schoolleiding', 'data', [0, 0, 5, 0, 0]),
			...answers('schoolleiding', 'team', [0, 1, 3, 1, 0]),
			...answers('leraren', 'koers', [0, 8, 2, 0, 0]),
			...answers('leraren', 'data', [0, 0, 6, 2, 0], 2),
			...answers('leraren', 'team', [0, 0, 1, 7, 2])
		],
		ambitions: [
			{ layer: 'leraren', item: 'data', level: 5, count: 10 },
			{ layer: 'schoolleiding', item: 'data', level: 4, count: 5 }
		],
		comments: [
			{ layer: 'leraren', aspectId: 'koers', text: 'We weten niet goed waar we heen gaan.' },
			{ layer: 'schoolleiding', aspectId: 'koers', text: 'De koers is helder op papier.' }
		],
		thresholds: { scores: 5, comments: 5 },
		...overrides
	};
}

describe('school report', () => {
	it('shows a layer from exactly the threshold, and hides it one below', () => {
		expect(buildSchoolReport(input()).layers.map((l) => [l.layer, l.shown])).toEqual([
			['schoolleiding', true],
			['leraren', true]
		]);
		const below = buildSchoolReport(input({ respondents: { schoolleiding: 4, leraren: 10 } }));
		expect(below.layers.map((l) => [l.layer, l.shown])).toEqual([
			['schoolleiding', false],
			['leraren', true]
		]);
		expect(below.aspects[0]!.byLayer.schoolleiding).toBeUndefined();
	});

	it('never lets "all layers" minus a shown layer reveal a hidden one (differencing attack)', () => {
		const report = buildSchoolReport(input({ respondents: { schoolleiding: 3, leraren: 10 } }));
		for (const aspect of report.aspects) {
			// With the leadership hidden, "all layers" is exactly the teachers: subtracting reveals nothing.
			expect(aspect.overall).toEqual(aspect.byLayer.leraren);
			expect(aspect.overall.distribution).not.toEqual(
				buildSchoolReport(input()).aspects.find((a) => a.aspectId === aspect.aspectId)!.overall.distribution
			);
		}
		expect(report.respondentsShown).toBe(10);
	});

	it('shows no figures at all when no layer reaches the threshold', () => {
		const report = buildSchoolReport(input({ respondents: { schoolleiding: 2, leraren: 4 } }));
		expect(report.empty).toBe(true);
		expect(report.aspects.every((a) => a.overall.n === 0 && a.overall.median === null)).toBe(true);
		expect(report.gaps).toEqual([]);
		expect(report.comments).toEqual([]);
	});

	it('applies its own threshold to comments', () => {
		const strict = buildSchoolReport(input({ thresholds: { scores: 5, comments: 6 } }));
		expect(strict.comments.map((c) => c.layer)).toEqual(['leraren']);
		expect(strict.layers.find((l) => l.layer === 'schoolleiding')).toMatchObject({ shown: true, commentsShown: false });
		const loose = buildSchoolReport(input({ thresholds: { scores: 5, comments: 3 } }));
		expect(loose.comments.map((c) => c.layer).sort()).toEqual(['leraren', 'schoolleiding']);
	});

	it('names, before any report is built, exactly the layers whose comments it will show', () => {
		for (const comments of [3, 5, 6, 11]) {
			const of = input({ thresholds: { scores: 5, comments } });
			const shown = buildSchoolReport(of)
				.layers.filter((l) => l.commentsShown)
				.map((l) => l.layer);
			expect(commentLayers(of)).toEqual(shown);
		}
		expect(commentLayers(input({ respondents: { leraren: 10 } }))).toEqual(['leraren']);
	});

	it('finds gaps of a phase or more between layers, largest first', () => {
		const report = buildSchoolReport(input());
		expect(report.gaps.map((g) => [g.aspectId, g.high.layer, g.high.median, g.low.layer, g.low.median])).toEqual([
			['koers', 'schoolleiding', 4, 'leraren', 2],
			['team', 'leraren', 4, 'schoolleiding', 3]
		]);
	});

	it('computes the ambition gap and names strengths and development potential by the documented rules', () => {
		const report = buildSchoolReport(input());
		const data = report.aspects.find((a) => a.aspectId === 'data')!;
		expect(data.overall.median).toBe(3);
		expect(data.ambition).toEqual({ median: 5, gap: 2, people: 15 });
		// Team (median 4, 53% agree) and data (median 3, the middle of the scale, 85% agree) are strengths.
		expect(report.strengths).toEqual(['team', 'data']);
		// Koers has the lowest median; data has an ambition gap but sits at the middle of the aspects.
		expect(report.potential).toEqual(['koers']);
	});

	it('reports indicators separately and pools them for the aspect', () => {
		const report = buildSchoolReport(
			input({
				items: [
					{ key: 'koers.1', aspectId: 'koers', aspectName: 'Koers', indicator: 1 },
					{ key: 'koers.2', aspectId: 'koers', aspectName: 'Koers', indicator: 2 }
				],
				answers: [
					...answers('leraren', 'koers.1', [0, 10, 0, 0, 0]),
					...answers('leraren', 'koers.2', [0, 0, 0, 10, 0])
				]
			})
		);
		const koers = report.aspects[0]!;
		expect(koers.indicators.map((i) => i.overall.median)).toEqual([2, 4]);
		expect(koers.overall.median).toBe(3);
		expect(koers.overall.n).toBe(20);
	});
});

describe('anonymity per figure, not per layer', () => {
	it('shows no ambition that fewer than the threshold gave, though their layer is large enough', () => {
		// Ten teachers answered; one of them chose an ambition (the issue: "Ambitie (mediaan) 3").
		const report = buildSchoolReport(
			input({
				respondents: { schoolleiding: 4, leraren: 10 },
				ambitions: [{ layer: 'leraren', item: 'koers', level: 3, count: 1 }]
			})
		);
		const koers = report.aspects.find((a) => a.aspectId === 'koers')!;
		expect(koers.ambition).toEqual({ median: null, gap: null, people: 0 });
		// From five teachers it is shown, from four not; and a hidden layer's ambitions never count.
		const five = buildSchoolReport(
			input({ ambitions: [{ layer: 'leraren', item: 'koers', level: 3, count: 5 }] })
		).aspects.find((a) => a.aspectId === 'koers')!;
		expect(five.ambition).toMatchObject({ median: 3, people: 5 });
		const split = buildSchoolReport(
			input({
				ambitions: [
					{ layer: 'leraren', item: 'koers', level: 3, count: 4 },
					{ layer: 'schoolleiding', item: 'koers', level: 5, count: 4 }
				]
			})
		).aspects.find((a) => a.aspectId === 'koers')!;
		// Eight ambitions in all, but four per layer: pooling them would hide a small group inside a large one.
		expect(split.ambition.median).toBeNull();
	});

	it('hides a layer on an aspect where fewer than the threshold chose a level, and leaves it out of "all layers"', () => {
		// Ten teachers, but on Data six said "weet ik niet": four chose a level.
		const report = buildSchoolReport(
			input({
				answers: [
					...answers('schoolleiding', 'data', [0, 0, 5, 0, 0]),
					...answers('leraren', 'data', [0, 3, 1, 0, 0], 6),
					...answers('leraren', 'koers', [0, 8, 2, 0, 0])
				]
			})
		);
		const data = report.aspects.find((a) => a.aspectId === 'data')!;
		expect(data.byLayer.leraren).toBeUndefined();
		expect(data.overall).toEqual(data.byLayer.schoolleiding);
		expect(data.overall).toMatchObject({ n: 5, people: 5, median: 3 });
		// The layer itself is shown, with its figure on Koers.
		expect(report.layers.find((l) => l.layer === 'leraren')).toMatchObject({ shown: true, respondents: 10 });
		expect(report.aspects.find((a) => a.aspectId === 'koers')!.byLayer.leraren).toMatchObject({ people: 10 });
		// Team has no answers at all: nothing shown, no gap, no strength.
		const team = report.aspects.find((a) => a.aspectId === 'team')!;
		expect(team.overall).toMatchObject({ n: 0, median: null, people: 0 });
		expect(report.strengths).not.toContain('team');
	});

	it('hands out no size of a hidden layer', () => {
		const report = buildSchoolReport(input({ respondents: { schoolleiding: 2, leraren: 10 } }));
		expect(report.layers.find((l) => l.layer === 'schoolleiding')).toMatchObject({ shown: false, respondents: 0 });
		expect(report.respondentsShown).toBe(10);
	});

	it('pools only shown indicators, so the aspect minus a shown indicator never gives away a hidden one', () => {
		const report = buildSchoolReport(
			input({
				respondents: { leraren: 10 },
				layers: ['leraren'],
				items: [
					{ key: 'koers.1', aspectId: 'koers', aspectName: 'Koers', indicator: 1 },
					{ key: 'koers.2', aspectId: 'koers', aspectName: 'Koers', indicator: 2 }
				],
				answers: [
					...answers('leraren', 'koers.1', [0, 10, 0, 0, 0]),
					// Only two teachers chose a level for the second indicator.
					...answers('leraren', 'koers.2', [0, 0, 0, 0, 2], 8)
				]
			})
		);
		const koers = report.aspects[0]!;
		expect(koers.indicators.map((i) => i.overall.median)).toEqual([2, null]);
		expect(koers.indicators[1]!.byLayer).toEqual({});
		expect(koers.overall).toEqual(koers.indicators[0]!.overall);
		expect(koers.overall).toMatchObject({ n: 10, people: 10, percents: [0, 100, 0, 0, 0], dontKnowPercent: 0 });
	});

	it('counts the people behind pooled indicators, not their answers', () => {
		// Four teachers answered both indicators: eight answers, four people — under a threshold of five.
		const report = buildSchoolReport(
			input({
				respondents: { leraren: 4, schoolleiding: 5 },
				items: [
					{ key: 'koers.1', aspectId: 'koers', aspectName: 'Koers', indicator: 1 },
					{ key: 'koers.2', aspectId: 'koers', aspectName: 'Koers', indicator: 2 }
				],
				answers: [
					...answers('leraren', 'koers.1', [0, 4, 0, 0, 0]),
					...answers('leraren', 'koers.2', [0, 0, 4, 0, 0]),
					...answers('schoolleiding', 'koers.1', [0, 0, 5, 0, 0]),
					...answers('schoolleiding', 'koers.2', [0, 0, 0, 5, 0])
				]
			})
		);
		const koers = report.aspects[0]!;
		expect(koers.byLayer.leraren).toBeUndefined();
		expect(koers.byLayer.schoolleiding).toMatchObject({ n: 10, people: 5 });
		expect(koers.overall).toMatchObject({ n: 10, people: 5, median: 3.5 });
	});
});
