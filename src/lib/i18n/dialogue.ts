/** Sentences for the dialogue's questions that fit a spread. */
import { m } from '../paraglide/messages.js';
import type { Prompt } from '../domain/dialogue/dialogue.ts';
import { layerLabel } from './labels.ts';
import { formatShare } from './numbers.ts';
import type { LevelText } from './levels.ts';

export function promptText(prompt: Prompt, levels: string[], lv: LevelText): string {
	const level = (n: number) => levels[Math.round(n) - 1] ?? String(n);
	switch (prompt.kind) {
		case 'layers':
			return m.dialogue_prompt_layers({
				low: layerLabel(prompt.low.layer),
				lowAt: lv.at(prompt.low.median),
				high: layerLabel(prompt.high.layer),
				highAt: lv.at(prompt.high.median)
			});
		case 'wide':
			return m.dialogue_prompt_wide({ lowest: level(prompt.lowest), highest: level(prompt.highest) });
		case 'dontKnow':
			return m.dialogue_prompt_dont_know({ share: formatShare(prompt.share) });
		case 'agreement':
			return m.dialogue_prompt_agreement({ level: level(prompt.level) });
		case 'open':
			return m.dialogue_prompt_open();
	}
}
