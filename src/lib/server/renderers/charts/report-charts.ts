/**
 * The report's charts as server-rendered SVG, with their texts from the message catalogue. Every
 * chart has a data table beside it on the page and in the PDF.
 */
import { m } from '../../../paraglide/messages.js';
import { layerLabel } from '../../../i18n/labels.ts';
import { distributionChart, radarChart } from './index.ts';
import type { AvailableRoundReport } from '../../use-cases/reports/get-round-report.ts';
import type { GroupStats } from '../../../domain/reflection/report/stats.ts';

type Available = AvailableRoundReport;
/** A chart at its normal width (screen and print) and narrow, for phones. */
export type Chart = { svg: string; narrow: string };
export type ReportCharts = { distribution: Chart; radar: Chart | null; perAspect: Record<string, Chart> };

/** The width a chart gets on a phone: a 360 px screen less the page's and the frame's padding. */
export const NARROW_WIDTH = 310;

/** Draws a chart twice: at its own width and at the narrow width for phones. */
export function bothWidths(draw: (width: number | undefined) => string): Chart {
	return { svg: draw(undefined), narrow: draw(NARROW_WIDTH) };
}

export function reportCharts(data: Available): ReportCharts {
	const { report, model } = data;
	if (report.empty) return { distribution: { svg: '', narrow: '' }, radar: null, perAspect: {} };
	const levelLabels = model.levels.map((name, i) => `${i + 1}. ${name}`);
	// A row with nothing shown (too few people chose a level) stays in the chart, empty, saying so.
	const common = {
		levelLabels,
		dontKnowLabel: m.report_table_dont_know(),
		formatCount: (n: number) => (n > 0 ? `n = ${n}` : m.report_chart_too_few())
	};
	const row = (label: string, s: GroupStats | undefined) => ({
		label,
		percents: s?.percents ?? levelLabels.map(() => 0),
		dontKnowPercent: s?.dontKnowPercent ?? 0,
		n: s?.n ?? 0
	});
	const shown = report.layers.filter((l) => l.shown).map((l) => l.layer);

	const distribution = bothWidths(
		(width) =>
			distributionChart(
				report.aspects.map((a) => row(a.name, a.overall)),
				{ ...common, title: m.report_chart_distribution(), width }
			).svg
	);

	const radar =
		shown.length > 0 && report.aspects.length >= 3
			? bothWidths(
					(width) =>
						radarChart(
							report.aspects.map((a) => ({ name: a.name })),
							shown.map((layer) => ({
								name: layerLabel(layer),
								values: report.aspects.map((a) => a.byLayer[layer]?.median ?? null)
							})),
							{ max: model.levels.length, title: m.report_chart_radar(), width }
						).svg
				)
			: null;

	const perAspect = Object.fromEntries(
		report.aspects.map((a) => [
			a.aspectId,
			bothWidths(
				(width) =>
					distributionChart(
						shown.map((layer) => row(layerLabel(layer), a.byLayer[layer])),
						{ ...common, title: m.report_chart_layers({ aspect: a.name }), width }
					).svg
			)
		])
	);
	return { distribution, radar, perAspect };
}
