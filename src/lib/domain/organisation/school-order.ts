/**
 * The order in which a board, cluster or partnership sees its schools: its own order — by cluster
 * (schools without one last), then by name — and never a ranking by results.
 */
type School = { name: string; clusterId: string | null };
type Cluster = { id: string; name: string };

export function clusterNameOf(clusters: readonly Cluster[], clusterId: string | null): string | null {
	return clusterId ? (clusters.find((c) => c.id === clusterId)?.name ?? null) : null;
}

export function orderSchools<S extends School>(schools: readonly S[], clusters: readonly Cluster[]): S[] {
	const clusterKey = (id: string | null) => (id ? (clusterNameOf(clusters, id) ?? '') : '\uffff');
	return [...schools].sort(
		(a, b) => clusterKey(a.clusterId).localeCompare(clusterKey(b.clusterId), 'nl') || a.name.localeCompare(b.name, 'nl')
	);
}
