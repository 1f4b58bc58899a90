import type { Db } from '../../db/client.ts';
import { loadActor, requirePlatformAdmin } from '../../auth/authorize.ts';

/** For pages that only platform administrators may open. */
export async function checkPlatformAdmin(db: Db, actorId: string | null): Promise<void> {
	requirePlatformAdmin(await loadActor(db, actorId));
}
