import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { isReadableItem } from '../../repositories/inspiration-items.ts';
import { saveItem, unsaveItem } from '../../repositories/inspiration-use.ts';
import { AppError } from '../../../domain/errors.ts';
import { parseId } from '../../../schemas/ids.ts';
import { readerOfActor } from './reader.ts';

/**
 * Saves an item to the signed-in person's own list (bewaard), or takes it off. Only an item they may
 * read can be saved; taking one off always works, also when it was archived meanwhile.
 */
export async function setItemSaved(db: Db, actorId: string | null, itemId: unknown, saved: boolean): Promise<void> {
	const actor = requireActor(await loadActor(db, actorId));
	const id = parseId(itemId);
	if (!saved) return unsaveItem(db, actor.userId, id);
	if (!(await isReadableItem(db, id, readerOfActor(actor)))) throw new AppError('not_found');
	await saveItem(db, actor.userId, id);
}
