/** The names a page needs for what an item helps with, read from the model it is tagged with. */
import type { ModelFile } from '../model/format.ts';
import { modelScaleWords, type ScaleWords } from '../model/scale-words.ts';
import type { AspectStep } from './item.ts';

export type StepView = AspectStep & {
	modelTitle: string;
	aspectName: string;
	fromName: string;
	toName: string;
	scale: ScaleWords;
};

/** Null when the model, the aspect or a phase is not (or no longer) in the model. */
export function stepView(model: ModelFile | undefined, step: AspectStep): StepView | null {
	if (!model || model.kind !== 'model') return null;
	const aspect = model.aspects.find((a) => a.id === step.aspectId);
	const from = model.levels[step.from - 1];
	const to = model.levels[step.to - 1];
	if (!aspect || !from || !to) return null;
	return {
		...step,
		modelTitle: model.title,
		aspectName: aspect.name,
		fromName: from.name,
		toName: to.name,
		scale: modelScaleWords(model)
	};
}

/** The facet path's names: a model's title, an aspect's name, a phase's name. */
export type PathNames = {
	models: Map<string, string>;
	/** keyed `model/aspect` */
	aspects: Map<string, string>;
	/** keyed `model/phase number` */
	phases: Map<string, string>;
};

export function pathNames(models: readonly ModelFile[]): PathNames {
	const out: PathNames = {
		models: new Map<string, string>(),
		aspects: new Map<string, string>(),
		phases: new Map<string, string>()
	};
	for (const model of models) {
		if (model.kind !== 'model') continue;
		out.models.set(model.id, model.title);
		for (const aspect of model.aspects) out.aspects.set(`${model.id}/${aspect.id}`, aspect.name);
		model.levels.forEach((level, i) => out.phases.set(`${model.id}/${i + 1}`, level.name));
	}
	return out;
}
