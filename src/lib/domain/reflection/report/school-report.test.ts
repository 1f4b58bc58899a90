import { describe, expect, it } from 'vitest';
import { buildSchoolReport, type CountRow, type ReportInput } from './school-report.ts';
import { buildBoardView, buildBenchmark, type SchoolInput } from './board-view.ts';
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
		expect(data.ambition).toEqual({ median: 5, gap: 2 });
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

describe('board view', () => {
	const aspects = [
		{ id: 'koers', name: 'Koers' },
		{ id: 'data', name: 'Data' }
	];
	const school = (
		id: string,
		clusterId: string | null,
		respondents: Partial<Record<Layer, number>>,
		level: number
	): SchoolInput => ({
		schoolId: id,
		name: `School ${id}`,
		clusterId,
		threshold: 5,
		respondents,
		counts: (Object.keys(respondents) as Layer[]).flatMap((layer) =>
			aspects.map((a) => ({ layer, aspectId: a.id, level, count: respondents[layer] ?? 0 }))
		)
	});

	it('lists schools under the threshold without figures and leaves them out of every roll-up', () => {
		const view = buildBoardView({
			scale: 5,
			aspects,
			schools: [
				school('a', 'c1', { leraren: 8 }, 2),
				school('b', 'c1', { leraren: 3 }, 5),
				school('c', 'c2', { leraren: 6, schoolleiding: 2 }, 4)
			]
		});
		expect(view.schools.map((s) => [s.schoolId, s.shown, s.respondents])).toEqual([
			['a', true, 8],
			['b', false, 0],
			['c', true, 6]
		]);
		expect(view.schools[1]!.cells).toEqual({});
		const c1 = view.clusters.find((c) => c.id === 'c1')!;
		// Cluster 1 is school a alone: its figures equal school a's, so nothing of school b is revealed.
		expect(c1).toMatchObject({ schools: 1, respondents: 8 });
		expect(c1.cells).toEqual(view.schools[0]!.cells);
		expect(view.total).toMatchObject({ schools: 2, respondents: 14 });
		expect(view.total.cells.koers!.n).toBe(14);
	});

	it('filters by layer with the threshold applied to that layer', () => {
		const view = buildBoardView({
			scale: 5,
			aspects,
			layer: 'schoolleiding',
			schools: [school('c', null, { leraren: 6, schoolleiding: 5 }, 4)]
		});
		expect(view.schools[0]).toMatchObject({ shown: true, respondents: 5 });
		const none = buildBoardView({
			scale: 5,
			aspects,
			layer: 'schoolleiding',
			schools: [school('c', null, { leraren: 6, schoolleiding: 4 }, 4)]
		});
		expect(none.schools[0]!.shown).toBe(false);
	});

	it('shows a sector benchmark only from five contributing schools', () => {
		const four = ['a', 'b', 'c', 'd'].map((id) => school(id, null, { leraren: 5 }, 3));
		expect(buildBenchmark({ scale: 5, aspects, schools: four })).toBeNull();
		expect(buildBenchmark({ scale: 5, aspects, schools: [...four, school('e', null, { leraren: 2 }, 1)] })).toBeNull();
		expect(
			buildBenchmark({ scale: 5, aspects, schools: [...four, school('e', null, { leraren: 5 }, 3)] })
		).toMatchObject({ schools: 5, respondents: 25 });
	});
});
