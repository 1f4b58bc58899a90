import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { clusterInput } from '../../../schemas/members.ts';

/** A board groups its schools into clusters (e.g. three clusters of seven schools). */
export async function createCluster(
	db: Db,
	actorId: string | null,
	boardId: string,
	input: unknown
): Promise<{ id: string }> {
	const { organisation } = await authorize(db, await loadActor(db, actorId), 'organisation.manage', boardId);
	if (organisation.kind !== 'board') throw new AppError('forbidden');
	const { name } = parseInput(clusterInput, input);
	const [row] = await db
		.insert(organisations)
		.values({ kind: 'cluster', name, parentId: organisation.id })
		.returning({ id: organisations.id });
	return { id: row!.id };
}
