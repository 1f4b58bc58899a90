import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { isAdminRole, roleFits } from '../../../domain/permissions/policy.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { roleChangeInput } from '../../../schemas/members.ts';
import { findMembership, setMembershipRole } from '../../repositories/memberships.ts';
import { assertAdminRemains } from './last-admin.ts';

/** Give a member another role in the organisation; the organisation never loses its last administrator. */
export async function changeMemberRole(
	db: Db,
	actorId: string | null,
	organisationId: unknown,
	input: unknown
): Promise<void> {
	const { organisation } = await access(db, actorId, 'organisation', organisationId, 'members.manage');
	const data = parseInput(roleChangeInput, input);
	if (!roleFits(data.role, organisation.kind))
		throw new AppError('invalid_input', 'wrong_place', [{ field: 'role', message: 'wrong_place' }]);
	await db.transaction(async (tx) => {
		const membership = await findMembership(tx, organisation.id, data.membershipId);
		if (!membership) throw new AppError('not_found');
		if (isAdminRole(membership.role) && !isAdminRole(data.role))
			await assertAdminRemains(tx, organisation.id, membership.id);
		await setMembershipRole(tx, organisation.id, membership.id, data.role);
	});
}
