import type { Db } from '../../db/client.ts';
import { reflectionsOf } from '../../repositories/private-reflections.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';

/** A person's own reflections; nobody else ever sees them. */
export async function listMyReflections(db: Db, actorId: string | null) {
	const actor = requireActor(await loadActor(db, actorId));
	return reflectionsOf(db, actor.userId);
}
