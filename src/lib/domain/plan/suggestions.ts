/**
 * Suggested next steps for a focus aspect, drawn from the model ("acties sluiten altijd aan bij de
 * huidige situatie"): the descriptors and indicators of the phases between where the school is and
 * its target, and the model's suggested actions of the current phase first — the ones that lead out
 * of it — then those of the phases on the way. A model may suggest no actions at all; then the first
 * step is what the school can write down as its goal, and its indicators what to look for.
 */
import { LAYERS, type Aspect, type DevelopmentModel, type Layer } from '../model/format.ts';

export type Suggestion = {
	/** The phases to reach, the next one first, each with what it looks like and how one can tell. */
	steps: {
		level: number;
		name: string;
		descriptor: string | null;
		layerDescriptors: { layer: Layer; text: string }[];
		indicators: string[];
	}[];
	/** Suggested actions, from the current phase onwards, each with the phase it belongs to. */
	actions: { level: number; text: string }[];
};

export function suggestionsFor(model: DevelopmentModel, aspect: Aspect, current: number, target: number): Suggestion {
	const steps: Suggestion['steps'] = [];
	const actions: Suggestion['actions'] = [];
	aspect.levels.forEach((level, i) => {
		const n = i + 1;
		if (n > current && n <= target)
			steps.push({
				level: n,
				name: model.levels[i]?.name ?? level.level,
				descriptor: level.descriptor ?? null,
				layerDescriptors: LAYERS.flatMap((layer) => {
					const text = level.layerDescriptors?.[layer];
					return text ? [{ layer, text }] : [];
				}),
				indicators: level.indicators ?? []
			});
		if (n >= current && n < target) for (const text of level.suggestedActions ?? []) actions.push({ level: n, text });
	});
	return { steps, actions };
}

/** Whether the model suggests actions anywhere: if not, the plan says so and helps to write one's own. */
export function suggestsActions(model: DevelopmentModel): boolean {
	return model.aspects.some((a) => a.levels.some((l) => (l.suggestedActions?.length ?? 0) > 0));
}
