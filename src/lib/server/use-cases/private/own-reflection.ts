import type { Db } from '../../db/client.ts';
import { findOwnReflection } from '../../repositories/private-reflections.ts';
import { AppError } from '../../../domain/errors.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { parseId } from '../../../schemas/ids.ts';

/** One's own private reflection; anyone else's is simply not found. */
export async function ownReflection(db: Db, actorId: string | null, id: unknown) {
	const actor = requireActor(await loadActor(db, actorId));
	const row = await findOwnReflection(db, actor.userId, parseId(id));
	if (!row) throw new AppError('not_found');
	return { actor, reflection: row };
}
