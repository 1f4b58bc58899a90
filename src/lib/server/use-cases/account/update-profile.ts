import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { profileInput } from '../../../schemas/auth.ts';

/** A person changes their own name; nobody else's. */
export async function updateProfile(db: Db, userId: string | null, input: unknown): Promise<void> {
	const actor = requireActor(await loadActor(db, userId));
	const data = parseInput(profileInput, input);
	await db.update(users).set({ name: data.name, updatedAt: new Date() }).where(eq(users.id, actor.userId));
}
