import { describe, expect, it } from 'vitest';
import { buildBoardView, buildBenchmark, type SchoolInput } from './board-view.ts';
import type { Layer } from '../../model/format.ts';

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
			aspects.map((a) => ({ layer, item: a.id, level, count: respondents[layer] ?? 0 }))
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

describe('board view, per figure', () => {
	const aspects = [
		{ id: 'koers', name: 'Koers' },
		{ id: 'data', name: 'Data' }
	];

	it('shows a school per aspect only where enough people chose a level, and pools only what is shown', () => {
		const school = (id: string, dataDontKnow: number): SchoolInput => ({
			schoolId: id,
			name: `School ${id}`,
			clusterId: 'c1',
			threshold: 5,
			respondents: { leraren: 8 },
			counts: [
				{ layer: 'leraren', item: 'koers', level: 2, count: 8 },
				{ layer: 'leraren', item: 'data', level: 4, count: 8 - dataDontKnow },
				{ layer: 'leraren', item: 'data', level: null, count: dataDontKnow }
			]
		});
		const view = buildBoardView({ scale: 5, aspects, schools: [school('a', 0), school('b', 4)] });
		expect(view.schools[1]!.cells.data).toBeUndefined();
		expect(view.schools[1]!.cells.koers).toMatchObject({ median: 2, people: 8 });
		// The cluster's Data is school a's alone: subtracting it reveals nothing of school b.
		expect(view.clusters[0]!.cells.data).toEqual(view.schools[0]!.cells.data);
		expect(view.clusters[0]!.cells.koers).toMatchObject({ n: 16, people: 16, schools: 2 });
	});

	it('counts people, not answers, for a school that asked indicators', () => {
		// Two teachers answering three indicators each give six answers: still two people.
		const view = buildBoardView({
			scale: 5,
			aspects,
			schools: [
				{
					schoolId: 'a',
					name: 'School a',
					clusterId: null,
					threshold: 5,
					respondents: { leraren: 5 },
					counts: [1, 2, 3].map((k) => ({ layer: 'leraren' as const, item: `koers.${k}`, level: 3, count: 2 }))
				}
			]
		});
		expect(view.schools[0]).toMatchObject({ shown: false, respondents: 0, cells: {} });
		expect(view.total.cells).toEqual({});
	});

	it('gives a benchmark per aspect only where five schools have a shown figure', () => {
		const school = (id: string, withData: boolean): SchoolInput => ({
			schoolId: id,
			name: id,
			clusterId: null,
			threshold: 5,
			respondents: { leraren: 5 },
			counts: [
				{ layer: 'leraren', item: 'koers', level: 3, count: 5 },
				{ layer: 'leraren', item: 'data', level: 3, count: withData ? 5 : 2 }
			]
		});
		const bench = buildBenchmark({
			scale: 5,
			aspects,
			schools: ['a', 'b', 'c', 'd', 'e'].map((id, i) => school(id, i > 0))
		});
		expect(bench).toMatchObject({ schools: 5 });
		expect(Object.keys(bench!.cells)).toEqual(['koers']);
	});
});
