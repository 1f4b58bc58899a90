/**
 * The report as a PDF document: the same sections, figures and questions as the page, in the
 * interface language, with the charts and a table of the same figures under each chart.
 */
import { m } from '../../../paraglide/messages.js';
import { getLocale } from '../../../paraglide/runtime.js';
import { layerLabel, layerPhrase } from '../../../i18n/labels.ts';
import { formatDate } from '../../../i18n/dates.ts';
import { reportMeta } from '../../../i18n/round-dates.ts';
import { formatLevel, formatPercent, formatShare } from '../../../i18n/numbers.ts';
import { levelText } from '../../../i18n/levels.ts';
import type { ReportDocument, Section } from './report-pdf.ts';
import type { ReportCharts } from '../charts/report-charts.ts';
import type { AvailableRoundReport } from '../../use-cases/reports/get-round-report.ts';
import type { TeamAgreements } from '../../../domain/dialogue/agreements.ts';

type Available = AvailableRoundReport;

/** Every conversation's agreement per aspect, newest first, with the answers' median when there is one. */
function teamSections(team: TeamAgreements, medians: Record<string, number | null> | null): Section[] {
	if (team.aspects.length === 0) return [];
	const lead = [m.dialogue_report_lead(), medians ? m.dialogue_report_lead_median() : ''].filter(Boolean).join(' ');
	return [
		{ kind: 'heading', text: m.dialogue_report_title() },
		{ kind: 'paragraph', text: lead },
		{
			kind: 'table',
			caption: m.dialogue_report_caption(),
			head: [
				m.dialogue_report_aspect(),
				...(medians ? [m.dialogue_report_median()] : []),
				m.dialogue_report_agreed(),
				m.dialogue_report_notes(),
				m.dialogue_report_session()
			],
			rows: team.aspects.flatMap((a) =>
				a.agreements.map((agreed) => [
					a.name,
					...(medians ? [formatLevel(medians[a.aspectId])] : []),
					agreed.level ? `${agreed.level}. ${team.levels[agreed.level - 1] ?? ''}` : m.dialogue_report_none(),
					agreed.notes,
					m.dialogue_report_when({ session: agreed.session, date: formatDate(agreed.agreedOn) })
				])
			)
		}
	];
}

export function reportDocument(data: Available, charts: ReportCharts): ReportDocument {
	const { report, model } = data;
	const lv = levelText(model.scale);
	const shown = report.layers.filter((l) => l.shown).map((l) => l.layer);
	const name = (id: string) => report.aspects.find((a) => a.aspectId === id)?.name ?? id;
	const threshold = data.round.thresholds.scores;
	const sections: Section[] = [
		{ kind: 'heading', text: m.report_respondents_title() },
		{
			kind: 'bullets',
			items: report.layers.map((l) =>
				l.shown
					? m.report_respondents_layer({ layer: layerLabel(l.layer), count: l.respondents })
					: m.report_hidden_layer({ layer: layerLabel(l.layer), threshold })
			)
		},
		{ kind: 'paragraph', text: m.report_per_figure({ threshold, label: lv.word }) }
	];
	if (report.empty) {
		// The team's agreements are its own decision, not answers: no threshold hides them.
		sections.push({ kind: 'paragraph', text: m.report_empty() }, ...teamSections(data.team, null));
	} else {
		sections.push(
			{ kind: 'heading', text: m.report_stand_title() },
			{ kind: 'paragraph', text: m.report_stand_lead({ middle: lv.middle }) },
			{
				kind: 'chart',
				svg: charts.distribution.svg,
				caption: m.report_chart_distribution(),
				alt: m.report_pdf_chart_alt({ title: m.report_chart_distribution() })
			},
			{
				kind: 'table',
				caption: m.report_chart_distribution(),
				head: [
					m.report_table_aspect(),
					m.report_table_median(),
					m.report_table_spread(),
					m.report_table_agreement(),
					m.report_table_n()
				],
				rows: report.aspects.map((a) =>
					a.overall.n === 0
						? [a.name, m.report_chart_too_few()]
						: [
								a.name,
								formatLevel(a.overall.median),
								formatLevel(a.overall.iqr),
								formatShare(a.overall.agreement),
								String(a.overall.n)
							]
				)
			},
			// The shares in a table of their own: with a column per level beside the medians, the
			// level names no longer fit an A4 page.
			{
				kind: 'table',
				caption: `${m.report_chart_distribution()} (%)`,
				head: [m.report_table_aspect(), ...model.levels.map((_, i) => String(i + 1)), m.report_table_dont_know()],
				rows: report.aspects.map((a) =>
					a.overall.n === 0
						? [a.name, m.report_chart_too_few()]
						: [a.name, ...a.overall.percents.map(formatPercent), formatPercent(a.overall.dontKnowPercent)]
				)
			},
			{ kind: 'paragraph', text: model.levels.map((level, i) => `${i + 1}. ${level}`).join(' · ') },
			{ kind: 'paragraph', text: m.report_percent_base({ label: lv.word }) },
			{ kind: 'heading', text: m.report_layers_title() },
			{ kind: 'paragraph', text: m.report_layers_lead({ whole: lv.whole }) },
			...(charts.radar
				? [
						{
							kind: 'chart' as const,
							svg: charts.radar.svg,
							caption: m.report_chart_radar(),
							alt: m.report_pdf_chart_alt({ title: m.report_chart_radar() })
						}
					]
				: []),
			{
				kind: 'table',
				caption: m.report_chart_radar(),
				head: [m.report_table_aspect(), ...shown.map(layerLabel), m.report_all_layers()],
				rows: report.aspects.map((a) => [
					a.name,
					...shown.map((l) => formatLevel(a.byLayer[l]?.median)),
					formatLevel(a.overall.median)
				])
			},
			{ kind: 'heading', text: m.report_gaps_title() },
			report.gaps.length === 0
				? { kind: 'paragraph', text: m.report_no_gaps({ whole: lv.whole }) }
				: {
						kind: 'bullets',
						items: report.gaps.map((g) =>
							m.report_gap_question({
								low: layerPhrase(g.low.layer),
								high: layerPhrase(g.high.layer),
								aspect: g.aspectName,
								lowAt: lv.at(g.low.median),
								highAt: lv.at(g.high.median)
							})
						)
					},
			{ kind: 'heading', text: m.report_strengths_title() },
			{
				kind: 'bullets',
				items: [
					`${m.report_strengths()}: ${report.strengths.map(name).join(', ') || m.report_none()}`,
					`${m.report_potential()}: ${report.potential.map(name).join(', ') || m.report_none()}`
				]
			},
			{
				kind: 'paragraph',
				text: `${m.report_rules_strength({ plural: lv.plural })} ${m.report_rules_potential()}`
			},
			{ kind: 'heading', text: m.report_ambition_title() },
			{ kind: 'paragraph', text: m.report_ambition_rule({ threshold }) },
			{
				kind: 'table',
				caption: m.report_ambition_title(),
				head: [m.report_table_aspect(), m.report_table_now(), m.report_table_ambition(), m.report_table_gap()],
				rows: report.aspects.map((a) => [
					a.name,
					formatLevel(a.overall.median),
					formatLevel(a.ambition.median),
					a.ambition.gap === null ? '–' : formatLevel(a.ambition.gap)
				])
			},
			{ kind: 'heading', text: m.report_comments_title() },
			{ kind: 'paragraph', text: m.report_comments_lead({ threshold: data.round.thresholds.comments }) },
			...(report.comments.length === 0
				? [{ kind: 'paragraph' as const, text: m.report_comments_none() }]
				: report.comments.flatMap((g) => [
						{ kind: 'paragraph' as const, text: `${name(g.aspectId)} · ${layerLabel(g.layer)}` },
						{ kind: 'bullets' as const, items: g.texts }
					]))
		);
		sections.push(
			...teamSections(data.team, Object.fromEntries(report.aspects.map((a) => [a.aspectId, a.overall.median])))
		);
		if (data.trend.length > 0) {
			sections.push(
				{ kind: 'heading', text: m.report_trend_title() },
				{
					kind: 'table',
					caption: m.report_trend_lead(),
					head: [m.report_trend_round(), ...report.aspects.map((a) => a.name)],
					rows: [
						...data.trend.map((p) => [
							`${p.title} (${formatDate(p.closesOn)})`,
							...report.aspects.map((a) => formatLevel(p.medians[a.aspectId]))
						]),
						[
							`${data.round.title} (${formatDate(data.round.closes.day)})`,
							...report.aspects.map((a) => formatLevel(a.overall.median))
						]
					]
				}
			);
		}
		if (data.benchmark) {
			const bench = data.benchmark;
			sections.push(
				{ kind: 'heading', text: m.report_benchmark_title({ sector: bench.sector }) },
				{
					kind: 'paragraph',
					text: m.report_benchmark_lead({ schools: bench.schools, respondents: bench.respondents })
				},
				{
					kind: 'table',
					caption: m.report_benchmark_title({ sector: bench.sector }),
					head: [m.report_table_aspect(), m.report_benchmark_this(), m.report_benchmark_sector()],
					rows: report.aspects.map((a) => [
						a.name,
						formatLevel(a.overall.median),
						formatLevel(bench.cells[a.aspectId]?.median)
					])
				}
			);
		}
	}
	return {
		locale: getLocale() === 'en' ? 'en' : 'nl',
		title: m.report_title({ round: data.round.title }),
		subtitle: reportMeta(data.organisation.name, model.title, data.round),
		generatedOn: m.report_generated({ date: formatDate(new Date().toISOString().slice(0, 10), 'long') }),
		sections,
		footer: m.report_pdf_footer({ threshold: data.round.thresholds.scores })
	};
}
