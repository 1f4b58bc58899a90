import type { ModelFile, DevelopmentModel, Layer } from './format.ts';
import { modelScaleWords, type ScaleWords } from './scale-words.ts';

export type ModelSummaryView = {
	id: string;
	kind: ModelFile['kind'];
	title: string;
	description: string;
	version: number;
	aspects: number;
	levels: number;
	language: ModelFile['language'];
	/** The scale word of a development model, for "5 niveaus"; null for a route. */
	scale: ScaleWords | null;
	steps: number;
	hasLayers: boolean;
	hasIndicators: boolean;
};

export function summarise(model: ModelFile): ModelSummaryView {
	const base = {
		id: model.id,
		kind: model.kind,
		title: model.title,
		description: model.description,
		version: model.version,
		language: model.language
	};
	if (model.kind === 'route') {
		return {
			...base,
			aspects: 0,
			levels: 0,
			scale: null,
			steps: model.steps.length,
			hasLayers: false,
			hasIndicators: false
		};
	}
	return {
		...base,
		aspects: model.aspects.length,
		levels: model.levels.length,
		scale: modelScaleWords(model),
		steps: 0,
		hasLayers: (model.layers?.length ?? 0) > 0,
		hasIndicators: model.aspects.some((a) => a.levels.some((l) => (l.indicators?.length ?? 0) > 0))
	};
}

/**
 * The descriptor(s) of one cell, for one layer or for all. A model without layers has one
 * descriptor per cell whichever layer is asked for.
 */
export function cellDescriptors(
	model: DevelopmentModel,
	aspectIndex: number,
	levelIndex: number,
	layer: Layer | undefined
): { layer: Layer | undefined; layerName: string | undefined; text: string }[] {
	const cell = model.aspects[aspectIndex]?.levels[levelIndex];
	if (!cell) return [];
	if (cell.descriptor !== undefined) return [{ layer: undefined, layerName: undefined, text: cell.descriptor }];
	const layers = (model.layers ?? []).filter((l) => layer === undefined || l.id === layer);
	return layers.flatMap((l) => {
		const text = cell.layerDescriptors?.[l.id];
		return text === undefined ? [] : [{ layer: l.id, layerName: l.name, text }];
	});
}
