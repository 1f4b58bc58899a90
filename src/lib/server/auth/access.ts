/**
 * The one way to reach a resource on behalf of a person: by kind and by an id straight from the
 * request. The id is parsed here, the resource read, and the actor checked against the organisation
 * it belongs to (`authorize`). Whatever the kind, the answers are the same: `not_found` for an id that
 * cannot exist, a resource that does not, or one the actor may not even see (so its existence does
 * not leak); `unauthenticated` without an actor; `forbidden` when they may see it but not do this.
 */
import type { Db, Tx } from '../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor, Target } from '../../domain/permissions/can.ts';
import type { Permission } from '../../domain/permissions/policy.ts';
import { parseId } from '../../schemas/ids.ts';
import { authorize, loadActor } from './authorize.ts';
import type { OrganisationRow } from '../repositories/organisations.ts';
import { findRound, type RoundRow } from '../repositories/rounds.ts';
import { findPlan, type PlanRow } from '../repositories/plans.ts';
import { findSession, type SessionRow } from '../repositories/dialogues.ts';

type DbLike = Db | Tx;

/** What each kind of resource is, and how it is read by id; each belongs to one organisation. */
const RESOURCES = {
	organisation: async (_db: DbLike, id: string) => ({ organisationId: id }),
	round: (db: DbLike, id: string): Promise<RoundRow | undefined> => findRound(db, id),
	plan: (db: DbLike, id: string): Promise<PlanRow | undefined> => findPlan(db, id),
	dialogue: (db: DbLike, id: string): Promise<SessionRow | undefined> => findSession(db, id)
} satisfies Record<string, (db: DbLike, id: string) => Promise<{ organisationId: string } | undefined>>;

export type ResourceKind = keyof typeof RESOURCES;
type ResourceOf<K extends ResourceKind> = NonNullable<Awaited<ReturnType<(typeof RESOURCES)[K]>>>;

export type Granted<K extends ResourceKind> = {
	actor: Actor;
	organisation: OrganisationRow;
	target: Target;
	resource: ResourceOf<K>;
};

export async function access<K extends ResourceKind>(
	db: DbLike,
	actorId: string | null,
	kind: K,
	id: unknown,
	permission: Permission
): Promise<Granted<K>> {
	const parsed = parseId(id);
	const actor = await loadActor(db, actorId);
	const resource = (await RESOURCES[kind](db, parsed)) as ResourceOf<K> | undefined;
	if (!resource) {
		if (!actor) throw new AppError('unauthenticated');
		throw new AppError('not_found');
	}
	const granted = await authorize(db, actor, permission, resource.organisationId);
	return { ...granted, resource };
}
