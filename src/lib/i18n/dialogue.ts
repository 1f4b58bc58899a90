/** Sentences for the dialogue's questions that fit a spread. */
import { m } from '../paraglide/messages.js';
import type { Prompt } from '../domain/dialogue/dialogue.ts';
import { shortLevelName } from '../domain/dialogue/level-names.ts';
import { layerLabel } from './labels.ts';
import { formatShare } from './numbers.ts';
import type { LevelText } from './levels.ts';

/**
 * A level mid-sentence: its number and short name ("fase 2 (Doelgericht)"), never the model's whole
 * list of traits, which reads as several levels at once.
 */
export function levelPhrase(level: number, levels: readonly string[], lv: LevelText): string {
	const n = Math.round(level);
	const name = levels[n - 1];
	return name ? lv.namedWithName(n, shortLevelName(name)) : lv.named(n);
}

/** The same with its preposition: "in fase 2 (Doelgericht)", "op niveau 1 (Beginnend)". */
export function levelAtPhrase(level: number, levels: readonly string[], lv: LevelText): string {
	const n = Math.round(level);
	const name = levels[n - 1];
	return name ? lv.atWithName(n, shortLevelName(name)) : lv.at(n);
}

export function promptText(prompt: Prompt, levels: readonly string[], lv: LevelText): string {
	switch (prompt.kind) {
		case 'layers':
			return m.dialogue_prompt_layers({
				low: layerLabel(prompt.low.layer),
				lowAt: lv.at(prompt.low.median),
				high: layerLabel(prompt.high.layer),
				highAt: lv.at(prompt.high.median)
			});
		case 'wide':
			return m.dialogue_prompt_wide({
				lowest: levelPhrase(prompt.lowest, levels, lv),
				highest: levelPhrase(prompt.highest, levels, lv)
			});
		case 'dontKnow':
			return m.dialogue_prompt_dont_know({ share: formatShare(prompt.share) });
		case 'agreement':
			return m.dialogue_prompt_agreement({ level: levelPhrase(prompt.level, levels, lv) });
		case 'open':
			return m.dialogue_prompt_open();
	}
}
