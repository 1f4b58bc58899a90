/** The in-app outbox: mail that was not sent over SMTP, newest first. */
import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema/index.ts';

export async function latestOutboxMail(db: Db, limit: number) {
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

export async function insertOutboxMail(
	db: Db,
	mail: { toAddress: string; subject: string; text: string; html: string }
): Promise<void> {
	await db.insert(mailOutbox).values(mail);
}
