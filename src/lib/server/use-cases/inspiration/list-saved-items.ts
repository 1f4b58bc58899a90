import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { savedItemsOf, type SavedItem } from '../../repositories/inspiration-use.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import { readerOfActor } from './reader.ts';

export type SavedItemView = Omit<SavedItem, 'savedAt'> & { savedOn: string };

/** The signed-in person's own saved items, those they may still read, last saved first. */
export async function listSavedItems(db: Db, actorId: string | null): Promise<SavedItemView[]> {
	const actor = requireActor(await loadActor(db, actorId));
	const items = await savedItemsOf(db, actor.userId, readerOfActor(actor));
	return items.map(({ savedAt, ...item }) => ({ ...item, savedOn: dutchDate(savedAt) }));
}
