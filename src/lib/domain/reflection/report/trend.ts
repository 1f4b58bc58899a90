/**
 * The trend of one scope on one model over its rounds: per round the median per aspect over the
 * round's shown layers (each round with its own thresholds), oldest first.
 */
import type { SchoolReport } from './school-report.ts';

export type TrendPoint = {
	roundId: string;
	title: string;
	closesOn: string;
	respondents: number;
	medians: Record<string, number | null>;
};

export function trendPoint(round: { id: string; title: string; closesOn: string }, report: SchoolReport): TrendPoint {
	return {
		roundId: round.id,
		title: round.title,
		closesOn: round.closesOn,
		respondents: report.respondentsShown,
		medians: Object.fromEntries(report.aspects.map((a) => [a.aspectId, report.empty ? null : a.overall.median]))
	};
}
