import type { Db } from '../../db/client.ts';
import { insertCluster } from '../../repositories/clusters.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { clusterInput } from '../../../schemas/members.ts';

/** A board groups its schools into clusters (e.g. three clusters of seven schools). */
export async function createCluster(
	db: Db,
	actorId: string | null,
	boardId: unknown,
	input: unknown
): Promise<{ id: string }> {
	const { organisation } = await access(db, actorId, 'organisation', boardId, 'organisation.manage');
	if (organisation.kind !== 'board') throw new AppError('forbidden');
	const { name } = parseInput(clusterInput, input);
	return { id: await insertCluster(db, organisation.id, name) };
}
