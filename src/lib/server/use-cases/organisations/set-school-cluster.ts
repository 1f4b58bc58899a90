import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { schoolClusterInput } from '../../../schemas/members.ts';

/** Put a school of the board in one of the board's clusters, or in none. Both must belong to the board. */
export async function setSchoolCluster(db: Db, actorId: string | null, boardId: string, input: unknown): Promise<void> {
	const { organisation } = await authorize(db, await loadActor(db, actorId), 'organisation.manage', boardId);
	if (organisation.kind !== 'board') throw new AppError('forbidden');
	const data = parseInput(schoolClusterInput, input);
	if (data.clusterId) {
		const [cluster] = await db
			.select({ id: organisations.id })
			.from(organisations)
			.where(
				and(
					eq(organisations.id, data.clusterId),
					eq(organisations.parentId, organisation.id),
					eq(organisations.kind, 'cluster')
				)
			);
		if (!cluster) throw new AppError('invalid_input', 'invalid', [{ field: 'clusterId', message: 'not_allowed' }]);
	}
	const updated = await db
		.update(organisations)
		.set({ clusterId: data.clusterId || null })
		.where(
			and(
				eq(organisations.id, data.schoolId),
				eq(organisations.parentId, organisation.id),
				eq(organisations.kind, 'school')
			)
		)
		.returning({ id: organisations.id });
	if (updated.length === 0) throw new AppError('not_found');
}
