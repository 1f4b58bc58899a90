import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { can } from '../../../domain/permissions/can.ts';
import { rolesFor } from '../../../domain/permissions/policy.ts';
import { membersOf, type MemberRow } from '../../repositories/memberships.ts';
import { invitationsOf } from '../../repositories/invitations.ts';
import type { Role } from '../../../domain/organisation/roles.ts';

export type MembersPage = {
	organisation: { id: string; name: string; kind: string };
	members: MemberRow[];
	canManage: boolean;
	invitations: Awaited<ReturnType<typeof invitationsOf>>;
	assignableRoles: Role[];
	currentUserId: string;
};

/** Who is a member; for those who manage members also the invitations and the roles they can give. */
export async function listMembers(db: Db, actorId: string | null, organisationId: unknown): Promise<MembersPage> {
	const { actor, organisation, target } = await access(
		db,
		actorId,
		'organisation',
		organisationId,
		'organisation.viewMembers'
	);
	const canManage = can(actor, 'members.manage', target);
	return {
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
		members: await membersOf(db, organisation.id),
		canManage,
		invitations: canManage ? await invitationsOf(db, organisation.id) : [],
		assignableRoles: canManage ? rolesFor(organisation.kind) : [],
		currentUserId: actor.userId
	};
}
