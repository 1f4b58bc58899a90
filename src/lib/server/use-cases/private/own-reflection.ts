import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { privateReflections } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { organisationId as uuid } from '../../../schemas/members.ts';

/** One's own private reflection; anyone else's is simply not found. */
export async function ownReflection(db: Db, actorId: string | null, id: unknown) {
	const actor = requireActor(await loadActor(db, actorId));
	const parsed = uuid.safeParse(id);
	if (!parsed.success) throw new AppError('not_found');
	const [row] = await db
		.select()
		.from(privateReflections)
		.where(and(eq(privateReflections.id, parsed.data), eq(privateReflections.userId, actor.userId)));
	if (!row) throw new AppError('not_found');
	return { actor, reflection: row };
}
