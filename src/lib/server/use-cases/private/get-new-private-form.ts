import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { listModels } from '../../repositories/models.ts';
import { LAYER_OF_ROLE } from '../../../domain/reflection/layers.ts';
import type { Layer } from '../../../domain/model/format.ts';

/** The models to reflect on, and the layer that fits the person's first role as a suggestion. */
export async function getNewPrivateForm(db: Db, actorId: string | null) {
	const actor = requireActor(await loadActor(db, actorId));
	const models = (await listModels(db)).flatMap((m) =>
		m.latest.content.kind === 'model' ? [{ id: m.id, title: m.latest.content.title }] : []
	);
	const suggested: Layer =
		actor.memberships.map((m) => LAYER_OF_ROLE[m.role]).find((l) => l !== undefined) ?? 'leraren';
	return { models: models.sort((a, b) => a.title.localeCompare(b.title, 'nl')), suggested };
}
