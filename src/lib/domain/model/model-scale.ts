/**
 * What a page needs to speak about a model's scale: the model's language (for `lang` on its texts),
 * its scale words (ADR 012) and the names of its levels, in order.
 */
import type { DevelopmentModel } from './format.ts';
import { modelScaleWords, type ScaleWords } from './scale-words.ts';

export type ModelScale = { language: DevelopmentModel['language']; scale: ScaleWords; levels: string[] };

export function modelScale(
	model: Pick<DevelopmentModel, 'language' | 'scaleLabel'> & { levels: readonly { name: string }[] }
): ModelScale {
	return { language: model.language, scale: modelScaleWords(model), levels: model.levels.map((l) => l.name) };
}
