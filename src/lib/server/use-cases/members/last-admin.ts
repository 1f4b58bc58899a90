import type { Tx } from '../../db/client.ts';
import { lockOtherMembersWithRoles } from '../../repositories/memberships.ts';
import { AppError } from '../../../domain/errors.ts';
import { ROLES } from '../../../domain/organisation/roles.ts';
import { isAdminRole } from '../../../domain/permissions/policy.ts';

/**
 * An organisation must keep at least one member who can manage its members; otherwise nobody could
 * invite anyone again. Locks the admin rows so two simultaneous removals cannot both pass.
 */
export async function assertAdminRemains(tx: Tx, organisationId: string, leavingMembershipId: string): Promise<void> {
	const adminRoles = ROLES.filter(isAdminRole);
	const others = await lockOtherMembersWithRoles(tx, organisationId, leavingMembershipId, adminRoles);
	if (others.length === 0) throw new AppError('conflict', 'last_admin', [{ field: 'form', message: 'last_admin' }]);
}
