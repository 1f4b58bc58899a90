import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { isSaved } from '../../repositories/inspiration-use.ts';
import { itemId } from '../../../schemas/inspiration.ts';

/**
 * Whether the signed-in person saved this item: their own list, nobody else's. A visitor without an
 * account has no list (`null`).
 */
export async function getItemSaved(db: Db, actorId: string | null, rawId: string): Promise<boolean | null> {
	const actor = await loadActor(db, actorId);
	if (!actor) return null;
	const id = itemId.safeParse(rawId);
	return id.success ? isSaved(db, requireActor(actor).userId, id.data) : false;
}
