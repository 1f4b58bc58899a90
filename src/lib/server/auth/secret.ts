import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { settings } from '../db/schema/index.ts';

/**
 * The secret that signs session cookies. AUTH_SECRET wins; otherwise one is generated on the first
 * start and kept in the database, so `npm start` needs no setup and all app servers share it.
 */
export async function authSecret(db: Db, fromEnv: string | undefined): Promise<string> {
	if (fromEnv) return fromEnv;
	await db
		.insert(settings)
		.values({ key: 'auth_secret', value: randomBytes(48).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(settings).where(eq(settings.key, 'auth_secret'));
	if (!row) throw new Error('auth secret missing');
	return row.value;
}
