/**
 * Loading the actor and checking them against one organisation. Every use-case that touches an
 * organisation's data goes through `authorize`; hooks only authenticate.
 */
import type { Db, Tx } from '../db/client.ts';
import { findActorUser } from '../repositories/users.ts';
import { membershipsOfUser } from '../repositories/memberships.ts';
import { findOrganisation, targetOf, type OrganisationRow } from '../repositories/organisations.ts';
import { can, type Actor, type Target } from '../../domain/permissions/can.ts';
import type { Permission } from '../../domain/permissions/policy.ts';
import { AppError } from '../../domain/errors.ts';

export async function loadActor(db: Db | Tx, userId: string | null): Promise<Actor | null> {
	if (!userId) return null;
	const user = await findActorUser(db, userId);
	if (!user) return null;
	return { userId: user.id, isPlatformAdmin: user.isPlatformAdmin, memberships: await membershipsOfUser(db, user.id) };
}

export function requireActor(actor: Actor | null): Actor {
	if (!actor) throw new AppError('unauthenticated');
	return actor;
}

/**
 * Throws `unauthenticated` without an actor, `not_found` when the organisation does not exist or the
 * actor may not even see it (so its existence does not leak), `forbidden` when they may see it but
 * not do this.
 */
export async function authorize(
	db: Db | Tx,
	actor: Actor | null,
	permission: Permission,
	organisationId: string
): Promise<{ actor: Actor; organisation: OrganisationRow; target: Target }> {
	const who = requireActor(actor);
	const organisation = await findOrganisation(db, organisationId);
	if (!organisation) throw new AppError('not_found');
	const target = await targetOf(db, organisation);
	if (!can(who, 'organisation.view', target)) throw new AppError('not_found');
	if (!can(who, permission, target)) throw new AppError('forbidden');
	return { actor: who, organisation, target };
}

export function requirePlatformAdmin(actor: Actor | null): Actor {
	const who = requireActor(actor);
	if (!who.isPlatformAdmin) throw new AppError('forbidden');
	return who;
}
