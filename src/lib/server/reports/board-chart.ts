/** The board heatmap (schools × aspects) as server-rendered SVG; placeholder until the chart module lands. */
import type { getBoardReport } from '../use-cases/reports/get-board-report.ts';

export function boardChart(data: Awaited<ReturnType<typeof getBoardReport>>): string {
	void data;
	return '';
}
