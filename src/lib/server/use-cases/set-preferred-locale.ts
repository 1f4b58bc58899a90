import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/index.ts';

/** The signed-in person's interface language is remembered with their account, so mails arrive in it. */
export async function setPreferredLocale(db: Db, userId: string | null, locale: 'nl' | 'en'): Promise<void> {
	if (!userId) return;
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}
