import type { Db } from '../../db/client.ts';
import { loadActor } from '../../auth/authorize.ts';
import type { Actor } from '../../../domain/permissions/can.ts';
import type { Reader } from '../../repositories/inspiration-filters.ts';

/**
 * The library is open: anyone may search it, signed in or not. What a person may read follows from
 * who they are: public items for everyone, members' items with an account, an organisation's own
 * items for its people (and the platform's administrators, who keep the library).
 */
export async function readerOf(db: Db, userId: string | null): Promise<Reader> {
	return readerOfActor(await loadActor(db, userId));
}

/** The same, for an actor already loaded. */
export function readerOfActor(actor: Actor | null): Reader {
	if (!actor) return { signedIn: false };
	return {
		signedIn: true,
		everything: actor.isPlatformAdmin,
		organisationIds: [...new Set(actor.memberships.map((m) => m.organisationId))]
	};
}
