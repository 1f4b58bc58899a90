/**
 * A first draft of "jullie zeiden — wij gaan" from the round's report and the plan made from it, for
 * the school leader to rewrite in the school's own words before publishing. Only what the report
 * shows goes in: shown layers, gaps, strengths and potential — never a group under the threshold.
 */
import { m } from '../../paraglide/messages.js';
import { layerLabel, layerPhrase } from '../../i18n/labels.ts';
import type { SchoolReport } from '../../domain/reflection/report/school-report.ts';
import { formatLevel } from '../../i18n/numbers.ts';

export type DraftGoal = {
	aspectName: string;
	currentLevel: number;
	targetLevel: number;
	actions: { what: string; dueOn: string | null }[];
};

export function feedbackDraft(
	report: SchoolReport,
	levels: string[],
	goals: DraftGoal[]
): { youSaid: string; weWill: string } {
	const name = (id: string) => report.aspects.find((a) => a.aspectId === id)?.name ?? id;
	const said: string[] = [];
	const shown = report.layers.filter((l) => l.shown);
	if (shown.length > 0)
		said.push(
			m.feedback_draft_took_part({
				layers: shown
					.map((l) => m.feedback_draft_layer_count({ layer: layerLabel(l.layer), n: l.respondents }))
					.join(', ')
			})
		);
	for (const gap of report.gaps)
		said.push(
			m.feedback_draft_gap({
				aspect: gap.aspectName,
				low: layerPhrase(gap.low.layer),
				lowPhase: formatLevel(gap.low.median),
				high: layerPhrase(gap.high.layer),
				highPhase: formatLevel(gap.high.median)
			})
		);
	if (report.strengths.length > 0)
		said.push(m.feedback_draft_strengths({ aspects: report.strengths.map(name).join(', ') }));
	if (report.potential.length > 0)
		said.push(m.feedback_draft_potential({ aspects: report.potential.map(name).join(', ') }));

	const will: string[] = [];
	for (const goal of goals) {
		will.push(
			m.feedback_draft_goal({
				aspect: goal.aspectName,
				from: levels[goal.currentLevel - 1] ?? String(goal.currentLevel),
				to: levels[goal.targetLevel - 1] ?? String(goal.targetLevel)
			})
		);
		for (const action of goal.actions) will.push(`- ${action.what}`);
	}
	if (will.length === 0) will.push(m.feedback_draft_no_plan());
	return { youSaid: said.join('\n\n'), weWill: will.join('\n') };
}
