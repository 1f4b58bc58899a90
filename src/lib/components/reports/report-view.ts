/** The round report's data as the use-case returns it, for the components that show its parts. */
import type { RoundReport } from '#lib/server/use-cases/reports/get-round-report.ts';
import type { ReportCharts } from '#lib/server/renderers/charts/report-charts.ts';

export type RoundReportView = RoundReport;
/** A report that may be shown: the round has finished. */
export type ShownReport = Extract<RoundReportView, { available: true }>;
export type { ReportCharts };
