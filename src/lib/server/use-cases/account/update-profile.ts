import type { Db } from '../../db/client.ts';
import { setUserName } from '../../repositories/users.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { profileInput } from '../../../schemas/auth.ts';

/** A person changes their own name; nobody else's. */
export async function updateProfile(db: Db, userId: string | null, input: unknown): Promise<void> {
	const actor = requireActor(await loadActor(db, userId));
	const data = parseInput(profileInput, input);
	await setUserName(db, actor.userId, data.name);
}
