import type { Db } from '../db/client.ts';
import { loadActor, requireActor } from '../auth/authorize.ts';
import { pendingInvitationsFor } from '../repositories/invitations.ts';
import { findOrganisation, targetOf } from '../repositories/organisations.ts';
import { membershipsOfUser } from '../repositories/memberships.ts';
import { permissionsOn } from '../../domain/permissions/can.ts';
import { PERMISSIONS, type Permission } from '../../domain/permissions/policy.ts';
import type { OrganisationKind } from '../../domain/organisation/types.ts';
import type { Role } from '../../domain/organisation/roles.ts';
import { users } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';

export type StartPage = {
	name: string;
	isPlatformAdmin: boolean;
	places: {
		organisationId: string;
		organisationName: string;
		kind: OrganisationKind;
		role: Role;
		permissions: Permission[];
	}[];
	invitations: Awaited<ReturnType<typeof pendingInvitationsFor>>;
};

/** The signed-in person's own landing page: where they take part, and what they can do there. */
export async function getMyStart(db: Db, userId: string | null): Promise<StartPage> {
	const actor = requireActor(await loadActor(db, userId));
	const [user] = await db
		.select({ name: users.name, email: users.email })
		.from(users)
		.where(eq(users.id, actor.userId));
	const memberships = await membershipsOfUser(db, actor.userId);
	const places = [];
	for (const m of memberships) {
		const org = await findOrganisation(db, m.organisationId);
		if (!org) continue;
		places.push({
			organisationId: m.organisationId,
			organisationName: m.organisationName,
			kind: m.organisationKind,
			role: m.role,
			permissions: permissionsOn(actor, await targetOf(db, org), PERMISSIONS)
		});
	}
	return {
		name: user?.name ?? '',
		isPlatformAdmin: actor.isPlatformAdmin,
		places,
		invitations: await pendingInvitationsFor(db, user?.email ?? '')
	};
}
