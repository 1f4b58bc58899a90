/**
 * Model versions never change once imported, so the questions of a (model, version, mode, layer)
 * are computed once per process and kept.
 */
import type { Db } from '../db/client.ts';
import { getModelVersion } from '../repositories/models.ts';
import { questionItems, type Item, type QuestionMode } from '../../domain/reflection/items.ts';
import type { DevelopmentModel, Layer } from '../../domain/model/format.ts';
import { AppError } from '../../domain/errors.ts';

const models = new Map<string, Promise<DevelopmentModel>>();
const items = new Map<string, Item[]>();

export function pinnedModel(db: Db, modelId: string, version: number): Promise<DevelopmentModel> {
	const key = `${modelId}@${version}`;
	let pending = models.get(key);
	if (!pending) {
		pending = getModelVersion(db, modelId, version).then((row) => {
			if (!row || row.content.kind !== 'model') throw new AppError('not_found');
			return row.content;
		});
		pending.catch(() => models.delete(key));
		models.set(key, pending);
	}
	return pending;
}

export async function roundItems(
	db: Db,
	ref: { modelId: string; modelVersion: number; mode: QuestionMode },
	layer: Layer
): Promise<{ model: DevelopmentModel; items: Item[] }> {
	const model = await pinnedModel(db, ref.modelId, ref.modelVersion);
	const key = `${ref.modelId}@${ref.modelVersion}/${ref.mode}/${layer}`;
	let list = items.get(key);
	if (!list) {
		list = questionItems(model, ref.mode, layer);
		items.set(key, list);
	}
	return { model, items: list };
}
