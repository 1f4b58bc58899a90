/**
 * The questions of a round, derived from the pinned model version: one per aspect, or — in
 * indicator mode — one per indicator position of an aspect (the models write their indicators in
 * parallel across levels: the first indicator of every level describes the same sub-theme).
 */
import type { DevelopmentModel, Layer } from '../model/format.ts';

export type QuestionMode = 'aspect' | 'indicator';

export type Option = { level: number; name: string; texts: { layer?: string; text: string }[] };

export type Item = {
	key: string;
	aspectId: string;
	aspectName: string;
	focus: string;
	/** 1-based position of the indicator within the aspect, in indicator mode. */
	indicator?: number;
	options: Option[];
};

export function hasIndicators(model: DevelopmentModel): boolean {
	return model.aspects.some((a) => a.levels.some((l) => (l.indicators?.length ?? 0) > 0));
}

function descriptorTexts(
	model: DevelopmentModel,
	cell: DevelopmentModel['aspects'][number]['levels'][number],
	layer: Layer
): Option['texts'] {
	if (cell.descriptor !== undefined) return [{ text: cell.descriptor }];
	const byLayer = cell.layerDescriptors ?? {};
	const own = byLayer[layer];
	if (own !== undefined) return [{ text: own }];
	// A layer the model does not describe (e.g. support staff on a board–leader–teacher model) sees every layer's text.
	return (model.layers ?? []).flatMap((l) =>
		byLayer[l.id] === undefined ? [] : [{ layer: l.name, text: byLayer[l.id]! }]
	);
}

export function questionItems(model: DevelopmentModel, mode: QuestionMode, layer: Layer): Item[] {
	return model.aspects.flatMap((aspect) => {
		const base = { aspectId: aspect.id, aspectName: aspect.name, focus: aspect.focus };
		if (mode === 'aspect' || !aspect.levels.some((l) => l.indicators?.length)) {
			return [
				{
					...base,
					key: aspect.id,
					options: aspect.levels.map((cell, i) => ({
						level: i + 1,
						name: model.levels[i]!.name,
						texts: descriptorTexts(model, cell, layer)
					}))
				}
			];
		}
		const positions = Math.max(...aspect.levels.map((l) => l.indicators?.length ?? 0));
		return Array.from({ length: positions }, (_, k) => ({
			...base,
			key: `${aspect.id}.${k + 1}`,
			indicator: k + 1,
			options: aspect.levels.map((cell, i) => {
				const indicator = cell.indicators?.[k];
				return {
					level: i + 1,
					name: model.levels[i]!.name,
					texts: indicator ? [{ text: indicator }] : descriptorTexts(model, cell, layer)
				};
			})
		}));
	});
}
