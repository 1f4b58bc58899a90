/** The board heatmap (schools × aspects, with roll-ups) as server-rendered SVG. */
import { m } from '../../../paraglide/messages.js';
import { getLocale } from '../../../paraglide/runtime.js';
import { heatmapChart } from './index.ts';
import type { BoardReport } from '../../use-cases/reports/get-board-report.ts';
import { bothWidths, type Chart } from './report-charts.ts';

export function boardChart(data: BoardReport): Chart | null {
	const view = data.view;
	if (!view) return null;
	const clusterName = (id: string) => data.clusters.find((c) => c.id === id)?.name ?? id;
	const rows = [
		...view.schools.map((s) => ({
			label: s.name,
			cells: s.shown ? view.aspects.map((a) => s.cells[a.id]?.median ?? null) : view.aspects.map(() => null)
		})),
		...view.clusters.map((c) => ({
			label: m.board_cluster_rollup({ cluster: clusterName(c.id) }),
			cells: view.aspects.map((a) => c.cells[a.id]?.median ?? null)
		})),
		{ label: m.board_total(), cells: view.aspects.map((a) => view.total.cells[a.id]?.median ?? null) }
	];
	return bothWidths(
		(width) =>
			heatmapChart(
				rows.map((r) => r.label),
				view.aspects.map((a) => a.name),
				rows.map((r) => r.cells),
				{
					min: 1,
					max: data.scale,
					title: m.board_heatmap(),
					emptyLabel: m.board_too_few(),
					locale: getLocale() === 'en' ? 'en' : 'nl',
					width
				}
			).svg
	);
}
