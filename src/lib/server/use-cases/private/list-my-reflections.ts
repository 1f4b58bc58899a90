import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { privateReflections } from '../../db/schema/index.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';

/** A person's own reflections; nobody else ever sees them. */
export async function listMyReflections(db: Db, actorId: string | null) {
	const actor = requireActor(await loadActor(db, actorId));
	return db
		.select({
			id: privateReflections.id,
			title: privateReflections.title,
			modelId: privateReflections.modelId,
			updatedAt: privateReflections.updatedAt
		})
		.from(privateReflections)
		.where(eq(privateReflections.userId, actor.userId))
		.orderBy(desc(privateReflections.updatedAt));
}
