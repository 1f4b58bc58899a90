import type { Db } from '../../db/client.ts';
import { isClusterOf, setClusterOfSchool } from '../../repositories/clusters.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { schoolClusterInput } from '../../../schemas/members.ts';

/** Put a school of the board in one of the board's clusters, or in none. Both must belong to the board. */
export async function setSchoolCluster(
	db: Db,
	actorId: string | null,
	boardId: unknown,
	input: unknown
): Promise<void> {
	const { organisation } = await access(db, actorId, 'organisation', boardId, 'organisation.manage');
	if (organisation.kind !== 'board') throw new AppError('forbidden');
	const data = parseInput(schoolClusterInput, input);
	if (data.clusterId) {
		if (!(await isClusterOf(db, organisation.id, data.clusterId)))
			throw new AppError('invalid_input', 'invalid', [{ field: 'clusterId', message: 'not_allowed' }]);
	}
	if (!(await setClusterOfSchool(db, organisation.id, data.schoolId, data.clusterId || null)))
		throw new AppError('not_found');
}
