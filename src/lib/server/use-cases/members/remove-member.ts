import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor, requireActor } from '../../auth/authorize.ts';
import { isAdminRole } from '../../../domain/permissions/policy.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { membershipInput } from '../../../schemas/members.ts';
import { deleteMembership, findMembership } from '../../repositories/memberships.ts';
import { parseId } from '../../../schemas/ids.ts';
import { assertAdminRemains } from './last-admin.ts';

/**
 * Remove a member — or leave, when it is one's own membership (no management right needed for that).
 * The last administrator can do neither.
 */
export async function removeMember(
	db: Db,
	actorId: string | null,
	rawOrganisationId: unknown,
	input: unknown
): Promise<{ self: boolean }> {
	const organisationId = parseId(rawOrganisationId);
	const actor = requireActor(await loadActor(db, actorId));
	const { membershipId } = parseInput(membershipInput, input);
	const own =
		actor.memberships.length > 0 && (await findMembership(db, organisationId, membershipId))?.userId === actor.userId;
	if (!own) await authorize(db, actor, 'members.manage', organisationId);
	return db.transaction(async (tx) => {
		const membership = await findMembership(tx, organisationId, membershipId);
		if (!membership) throw new AppError('not_found');
		if (isAdminRole(membership.role)) await assertAdminRemains(tx, organisationId, membership.id);
		await deleteMembership(tx, organisationId, membership.id);
		return { self: own };
	});
}
