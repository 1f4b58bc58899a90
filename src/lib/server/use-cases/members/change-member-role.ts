import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { isAdminRole, roleFits } from '../../../domain/permissions/policy.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { roleChangeInput } from '../../../schemas/members.ts';
import { findMembership } from '../../repositories/memberships.ts';
import { assertAdminRemains } from './last-admin.ts';

/** Give a member another role in the organisation; the organisation never loses its last administrator. */
export async function changeMemberRole(
	db: Db,
	actorId: string | null,
	organisationId: string,
	input: unknown
): Promise<void> {
	const { organisation } = await authorize(db, await loadActor(db, actorId), 'members.manage', organisationId);
	const data = parseInput(roleChangeInput, input);
	if (!roleFits(data.role, organisation.kind))
		throw new AppError('invalid_input', 'wrong_place', [{ field: 'role', message: 'wrong_place' }]);
	await db.transaction(async (tx) => {
		const membership = await findMembership(tx, organisationId, data.membershipId);
		if (!membership) throw new AppError('not_found');
		if (isAdminRole(membership.role) && !isAdminRole(data.role))
			await assertAdminRemains(tx, organisationId, membership.id);
		await tx.update(memberships).set({ role: data.role }).where(eq(memberships.id, membership.id));
	});
}
