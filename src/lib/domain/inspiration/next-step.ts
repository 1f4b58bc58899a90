/**
 * A school's next step per aspect, from what it already knows of itself: the development potential
 * of a finished round's report, or the focus aspects of a plan. Inspiration is matched to these.
 */
import type { SchoolReport } from '../reflection/report/school-report.ts';

/** The school stands in phase `current` of the aspect; the next step is to `current + 1`. */
export type NextStep = { aspectId: string; aspectName: string; current: number };

/** At most this many aspects get suggestions: a report names at most a few points to develop. */
export const MAX_NEXT_STEPS = 3;

/**
 * From a report: each aspect of the development potential whose figure may be shown, in the phase
 * its median lies in (a median of 2.5 lies in phase 2), unless the school is in the last phase.
 */
export function nextStepsOfReport(report: SchoolReport, levels: number): NextStep[] {
	return report.potential
		.flatMap((aspectId) => {
			const aspect = report.aspects.find((a) => a.aspectId === aspectId);
			const median = aspect?.overall.median;
			if (!aspect || median === null || median === undefined) return [];
			const current = Math.max(1, Math.floor(median));
			return current < levels ? [{ aspectId, aspectName: aspect.name, current }] : [];
		})
		.slice(0, MAX_NEXT_STEPS);
}

/** From a plan: each focus aspect, from the phase the school was in when the goal was set. */
export function nextStepsOfPlan(
	goals: readonly { aspectId: string; aspectName: string; currentLevel: number }[],
	levels: number
): NextStep[] {
	return goals
		.filter((g) => g.currentLevel < levels)
		.map((g) => ({ aspectId: g.aspectId, aspectName: g.aspectName, current: g.currentLevel }))
		.slice(0, MAX_NEXT_STEPS);
}
