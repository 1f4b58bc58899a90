/**
 * The report's charts as server-rendered SVG, with their texts from the message catalogue. Every
 * chart has a data table beside it on the page and in the PDF.
 */
import { m } from '../../paraglide/messages.js';
import { layerLabel } from '../../i18n/labels.ts';
import { distributionChart, radarChart } from '../charts/index.ts';
import type { getRoundReport } from '../use-cases/reports/get-round-report.ts';

type Available = Extract<Awaited<ReturnType<typeof getRoundReport>>, { available: true }>;
export type ReportCharts = { distribution: string; radar: string | null; perAspect: Record<string, string> };

export function reportCharts(data: Available): ReportCharts {
	const { report, model } = data;
	if (report.empty) return { distribution: '', radar: null, perAspect: {} };
	const levelLabels = model.levels.map((name, i) => `${i + 1}. ${name}`);
	const common = { levelLabels, dontKnowLabel: m.report_table_dont_know(), formatCount: (n: number) => `n = ${n}` };
	const shown = report.layers.filter((l) => l.shown).map((l) => l.layer);

	const distribution = distributionChart(
		report.aspects.map((a) => ({
			label: a.name,
			shares: a.overall.shares,
			dontKnowShare: a.overall.dontKnowShare,
			n: a.overall.n
		})),
		{ ...common, title: m.report_chart_distribution() }
	).svg;

	const radar =
		shown.length > 0 && report.aspects.length >= 3
			? radarChart(
					report.aspects.map((a) => ({ name: a.name })),
					shown.map((layer) => ({
						name: layerLabel(layer),
						values: report.aspects.map((a) => a.byLayer[layer]?.median ?? null)
					})),
					{ max: model.levels.length, title: m.report_chart_radar() }
				).svg
			: null;

	const perAspect = Object.fromEntries(
		report.aspects.map((a) => [
			a.aspectId,
			distributionChart(
				shown.flatMap((layer) => {
					const s = a.byLayer[layer];
					return s ? [{ label: layerLabel(layer), shares: s.shares, dontKnowShare: s.dontKnowShare, n: s.n }] : [];
				}),
				{ ...common, title: m.report_chart_layers({ aspect: a.name }) }
			).svg
		])
	);
	return { distribution, radar, perAspect };
}
