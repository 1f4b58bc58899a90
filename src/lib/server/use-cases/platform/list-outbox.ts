import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import { loadActor, requirePlatformAdmin } from '../../auth/authorize.ts';

/** The demo mailbox: mail that was not sent over SMTP. Platform administrators only. */
export async function listOutbox(db: Db, actorId: string | null, limit = 200) {
	requirePlatformAdmin(await loadActor(db, actorId));
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
