import type { Db } from '../../db/client.ts';
import { insertPrivateReflection } from '../../repositories/private-reflections.ts';
import { AppError } from '../../../domain/errors.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { newPrivateInput } from '../../../schemas/private.ts';
import { hasIndicators } from '../../../domain/reflection/items.ts';

/** Reflect alone on any model, in one's own layer. */
export async function startPrivateReflection(db: Db, actorId: string | null, input: unknown): Promise<{ id: string }> {
	const actor = requireActor(await loadActor(db, actorId));
	const data = parseInput(newPrivateInput, input);
	const model = await getModelVersion(db, data.modelId);
	if (!model || model.content.kind !== 'model')
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'modelId', message: 'not_allowed' }]);
	const mode = data.mode === 'indicator' && hasIndicators(model.content) ? 'indicator' : 'aspect';
	const id = await insertPrivateReflection(db, {
		userId: actor.userId,
		title: model.title,
		modelId: model.modelId,
		modelVersion: model.version,
		layer: data.layer,
		mode
	});
	return { id };
}
