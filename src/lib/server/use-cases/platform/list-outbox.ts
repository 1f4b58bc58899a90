import type { Db } from '../../db/client.ts';
import { latestOutboxMail } from '../../repositories/outbox.ts';
import { loadActor, requirePlatformAdmin } from '../../auth/authorize.ts';

/** The demo mailbox: mail that was not sent over SMTP. Platform administrators only. */
export async function listOutbox(db: Db, actorId: string | null, limit = 200) {
	requirePlatformAdmin(await loadActor(db, actorId));
	return latestOutboxMail(db, limit);
}
