/**
 * The plans overview as CSV (one row per plan, or per school without one) and as a PDF document, in
 * the interface language. Plans carry no answers; what they show is the school's own plan.
 */
import { stringify } from 'csv-stringify/sync';
import { m } from '../../../paraglide/messages.js';
import { getLocale } from '../../../paraglide/runtime.js';
import { formatDate } from '../../../i18n/dates.ts';
import { momentLabel } from '../../../i18n/plan-labels.ts';
import { levelText } from '../../../i18n/levels.ts';
import type { ReportDocument } from '../pdf/report-pdf.ts';
import type { PlansOverview } from '../../use-cases/plans/get-plans-overview.ts';

type Overview = PlansOverview;

function rows(overview: Overview): string[][] {
	return overview.schools.flatMap((school) => {
		if (school.plans.length === 0)
			return [[school.name, school.cluster ?? '', '', m.plans_none_for_school(), '', '', '', '']];
		return school.plans.map((plan) => [
			school.name,
			school.cluster ?? '',
			plan.schoolYear,
			plan.goals
				.map((g) =>
					m.plans_goal_short({
						aspect: g.aspectName,
						word: levelText(plan.scale).word,
						from: String(g.currentLevel),
						to: String(g.targetLevel)
					})
				)
				.join('; '),
			String(plan.progress.done),
			String(plan.progress.total),
			String(plan.progress.overdue),
			plan.lastMoment ? `${momentLabel(plan.lastMoment.kind)} ${formatDate(plan.lastMoment.heldOn)}` : ''
		]);
	});
}

const head = () => [
	m.plans_col_school(),
	m.plans_col_cluster(),
	m.plans_col_year(),
	m.plans_col_focus(),
	m.plans_col_done(),
	m.plans_col_total(),
	m.plans_col_overdue(),
	m.plans_col_moment()
];

export function plansCsv(overview: Overview): string {
	const nl = getLocale() !== 'en';
	// Dutch spreadsheets expect ";"; a byte order mark makes them read UTF-8.
	return '\ufeff' + stringify([head(), ...rows(overview)], { delimiter: nl ? ';' : ',' });
}

export function plansDocument(overview: Overview): ReportDocument {
	const isSchool = overview.organisation.kind === 'school';
	return {
		locale: getLocale() === 'en' ? 'en' : 'nl',
		title: m.plans_title({ organisation: overview.organisation.name }),
		subtitle: isSchool ? m.plans_pdf_school() : m.plans_pdf_year({ year: overview.year }),
		generatedOn: m.report_generated({ date: formatDate(new Date().toISOString().slice(0, 10), 'long') }),
		sections: [
			{ kind: 'paragraph', text: m.plans_lead_group() },
			{ kind: 'table', caption: m.plans_table_caption(), head: head(), rows: rows(overview) }
		],
		footer: m.plans_pdf_footer()
	};
}
