/**
 * A first draft of "jullie zeiden — wij gaan" from the round's report and the plan made from it, for
 * the school leader to rewrite in the school's own words before publishing. Only what the report
 * shows goes in: shown layers, gaps, strengths and potential — never a group under the threshold.
 * Respondents read it as a letter: each lead line once, every colon followed by what it announces,
 * and the levels in the model's own words (ADR 012).
 */
import { m } from '../../paraglide/messages.js';
import { layerLabel, layerPhrase } from '../../i18n/labels.ts';
import { levelText } from '../../i18n/levels.ts';
import type { SchoolReport } from '../../domain/reflection/report/school-report.ts';
import type { ScaleWords } from '../../domain/model/scale-words.ts';

export type DraftGoal = {
	aspectName: string;
	currentLevel: number;
	targetLevel: number;
	actions: { what: string; dueOn: string | null }[];
};

export function feedbackDraft(
	report: SchoolReport,
	model: { levels: string[]; scale: ScaleWords },
	goals: DraftGoal[]
): { youSaid: string; weWill: string } {
	const lv = levelText(model.scale);
	const name = (id: string) => report.aspects.find((a) => a.aspectId === id)?.name ?? id;
	const level = (n: number) => {
		const own = model.levels[n - 1];
		return own ? lv.namedWithName(n, own) : lv.named(n);
	};
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
	if (report.gaps.length > 0)
		said.push(
			[
				m.feedback_draft_gaps(),
				...report.gaps.map((gap) =>
					m.feedback_draft_gap({
						aspect: gap.aspectName,
						low: layerPhrase(gap.low.layer),
						lowAt: lv.at(gap.low.median),
						high: layerPhrase(gap.high.layer),
						highAt: lv.at(gap.high.median)
					})
				)
			].join('\n')
		);
	if (report.strengths.length > 0)
		said.push(m.feedback_draft_strengths({ aspects: report.strengths.map(name).join(', ') }));
	if (report.potential.length > 0)
		said.push(m.feedback_draft_potential({ aspects: report.potential.map(name).join(', ') }));

	const will = goals.map((goal) => {
		const aim = m.feedback_draft_goal({
			aspect: goal.aspectName,
			from: level(goal.currentLevel),
			to: level(goal.targetLevel)
		});
		if (goal.actions.length === 0) return `${aim} ${m.feedback_draft_no_actions()}`;
		return [`${aim} ${m.feedback_draft_how()}`, ...goal.actions.map((a) => `- ${a.what}`)].join('\n');
	});
	if (will.length === 0) will.push(m.feedback_draft_no_plan());
	return { youSaid: said.join('\n\n'), weWill: will.join('\n\n') };
}
