/**
 * The report's figures as CSV: one row per aspect (and indicator) and group whose figure may be shown
 * (ADR 013), never individual answers. The shares are the whole percentages of the page's tables and
 * charts, on the same base, adding up to 100 per row. Dutch spreadsheets expect `;` and a decimal
 * comma; the English export uses `,` and points.
 */
import { stringify } from 'csv-stringify/sync';
import { m } from '../../../paraglide/messages.js';
import { layerLabel } from '../../../i18n/labels.ts';
import type { SchoolReport } from '../../../domain/reflection/report/school-report.ts';
import type { GroupStats } from '../../../domain/reflection/report/stats.ts';

export function reportCsv(report: SchoolReport, levels: string[], locale: 'nl' | 'en'): string {
	const dec = (v: number | null) =>
		v === null
			? ''
			: locale === 'nl'
				? String(Math.round(v * 1000) / 1000).replace('.', ',')
				: String(Math.round(v * 1000) / 1000);
	const head = [
		m.report_table_aspect(),
		m.report_indicators(),
		m.report_table_layer(),
		m.report_table_n(),
		m.report_table_median(),
		'Q1',
		'Q3',
		m.report_table_spread(),
		`${m.report_table_agreement()} (%)`,
		...levels.map((l, i) => `${i + 1}. ${l} (%)`),
		`${m.report_table_dont_know()} (%)`,
		m.report_table_ambition()
	];
	const rows: string[][] = [];
	const row = (
		aspect: string,
		indicator: string,
		group: string,
		s: GroupStats | undefined,
		ambition: number | null
	) => {
		// A figure with nothing behind it (too few people) is left out, as on the page; an ambition
		// has its own threshold, so it can be shown where the levels are not.
		if (!s || s.n === 0) {
			if (ambition !== null) rows.push([aspect, indicator, group, ...head.slice(3, -1).map(() => ''), dec(ambition)]);
			return;
		}
		rows.push([
			aspect,
			indicator,
			group,
			String(s.n),
			dec(s.median),
			dec(s.q1),
			dec(s.q3),
			dec(s.iqr),
			s.agreement === null ? '' : String(Math.round(s.agreement * 100)),
			...s.percents.map(String),
			String(s.dontKnowPercent),
			dec(ambition)
		]);
	};
	if (!report.empty) {
		for (const a of report.aspects) {
			row(a.name, '', m.report_all_layers(), a.overall, a.ambition.median);
			for (const l of report.layers) if (l.shown) row(a.name, '', layerLabel(l.layer), a.byLayer[l.layer], null);
			for (const ind of a.indicators) {
				row(a.name, String(ind.indicator), m.report_all_layers(), ind.overall, null);
				for (const l of report.layers)
					if (l.shown) row(a.name, String(ind.indicator), layerLabel(l.layer), ind.byLayer[l.layer], null);
			}
		}
	}
	// A byte-order mark so that spreadsheet programs read the accents right.
	return `\uFEFF${stringify([head, ...rows], { delimiter: locale === 'nl' ? ';' : ',', record_delimiter: 'windows' })}`;
}
