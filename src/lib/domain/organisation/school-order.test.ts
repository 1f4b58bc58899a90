import { describe, expect, it } from 'vitest';
import { clusterNameOf, orderSchools } from './school-order.ts';

const clusters = [
	{ id: 'z', name: 'Cluster Zuid' },
	{ id: 'n', name: 'Cluster Noord' }
];

describe('school order', () => {
	it('orders by cluster name, then school name, schools without a cluster last', () => {
		const schools = [
			{ name: 'De Wilg', clusterId: null },
			{ name: 'Het Anker', clusterId: 'z' },
			{ name: 'De Regenboog', clusterId: 'n' },
			{ name: 'Aan de Aa', clusterId: null },
			{ name: 'De Ster', clusterId: 'n' }
		];
		expect(orderSchools(schools, clusters).map((s) => s.name)).toEqual([
			'De Regenboog',
			'De Ster',
			'Het Anker',
			'Aan de Aa',
			'De Wilg'
		]);
		expect(schools[0]!.name).toBe('De Wilg');
	});

	it('names a school’s cluster, or none', () => {
		expect(clusterNameOf(clusters, 'n')).toBe('Cluster Noord');
		expect(clusterNameOf(clusters, null)).toBeNull();
		expect(clusterNameOf(clusters, 'gone')).toBeNull();
	});
});
