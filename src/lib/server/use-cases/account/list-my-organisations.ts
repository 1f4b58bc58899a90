import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { membershipsOfUser } from '../../repositories/memberships.ts';
import type { Role } from '../../../domain/organisation/roles.ts';
import type { OrganisationKind } from '../../../domain/organisation/types.ts';

export type MyOrganisation = { id: string; name: string; kind: OrganisationKind; role: Role };

/** The organisations the signed-in person is a member of: the switcher. */
export async function listMyOrganisations(db: Db, actorId: string | null): Promise<MyOrganisation[]> {
	const actor = requireActor(await loadActor(db, actorId));
	const rows = await membershipsOfUser(db, actor.userId);
	return rows.map((r) => ({ id: r.organisationId, name: r.organisationName, kind: r.organisationKind, role: r.role }));
}
