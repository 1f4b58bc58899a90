import type { Db } from '../../db/client.ts';
import { setUserLocale } from '../../repositories/users.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';

/** The signed-in person's interface language is remembered with their own account, so mails arrive in it. */
export async function setPreferredLocale(db: Db, userId: string | null, locale: 'nl' | 'en'): Promise<void> {
	const actor = requireActor(await loadActor(db, userId));
	await setUserLocale(db, actor.userId, locale);
}
