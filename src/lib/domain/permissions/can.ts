/**
 * The one authorization predicate, shared by server and interface: `can(actor, permission, target)`.
 * Pure: the caller loads the actor's memberships and the target's place in the hierarchy.
 */
import type { OrganisationKind } from '../organisation/types.ts';
import type { Role } from '../organisation/roles.ts';
import { PARTNERSHIP_REACH, ROLE_PERMISSIONS, type Permission } from './policy.ts';

export type Membership = { organisationId: string; organisationKind: OrganisationKind; role: Role };
export type Actor = { userId: string; isPlatformAdmin: boolean; memberships: readonly Membership[] };

/**
 * An organisation as authorization sees it: its own id, the ids of the organisations that contain it
 * (board, cluster) and of the partnerships and networks it is a member of (directly or through its board).
 */
export type Target = { id: string; kind: OrganisationKind; containers: readonly string[]; groups: readonly string[] };

export function can(actor: Actor | null, permission: Permission, target: Target): boolean {
	if (!actor) return false;
	if (actor.isPlatformAdmin) return true;
	return actor.memberships.some((m) => {
		const granted = ROLE_PERMISSIONS[m.role] as readonly Permission[];
		if (!granted.includes(permission)) return false;
		if (m.organisationId === target.id || target.containers.includes(m.organisationId)) return true;
		return (
			m.organisationKind === 'partnership' &&
			target.groups.includes(m.organisationId) &&
			PARTNERSHIP_REACH.includes(permission)
		);
	});
}

/** All permissions the actor has on the target, for showing only the buttons a person may use. */
export function permissionsOn(actor: Actor | null, target: Target, all: readonly Permission[]): Permission[] {
	return all.filter((p) => can(actor, p, target));
}
