import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { memberships, organisations, users } from '../db/schema/index.ts';
import type { Membership } from '../../domain/permissions/can.ts';
import type { Role } from '../../domain/organisation/roles.ts';

type DbLike = Db | Tx;

export async function membershipsOfUser(
	db: DbLike,
	userId: string
): Promise<(Membership & { organisationName: string })[]> {
	const rows = await db
		.select({
			organisationId: memberships.organisationId,
			role: memberships.role,
			kind: organisations.kind,
			name: organisations.name
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
	return rows.map((r) => ({
		organisationId: r.organisationId,
		organisationKind: r.kind,
		role: r.role,
		organisationName: r.name
	}));
}

export type MemberRow = { membershipId: string; userId: string; name: string; email: string; role: Role; since: Date };

/** Members of one organisation; the caller has been authorized for that organisation. */
export async function membersOf(db: DbLike, organisationId: string): Promise<MemberRow[]> {
	return db
		.select({
			membershipId: memberships.id,
			userId: users.id,
			name: users.name,
			email: users.email,
			role: memberships.role,
			since: memberships.createdAt
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.name));
}

export async function findMembership(db: DbLike, organisationId: string, membershipId: string) {
	const [row] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)));
	return row;
}

export async function countRoles(db: DbLike, organisationId: string, roles: Role[]): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(memberships)
		.where(and(eq(memberships.organisationId, organisationId), sql`${memberships.role} in ${roles}`));
	return row?.n ?? 0;
}

/** The other members holding one of these roles, locked until the transaction ends. */
export async function lockOtherMembersWithRoles(
	tx: Tx,
	organisationId: string,
	exceptMembershipId: string,
	roles: Role[]
): Promise<{ id: string }[]> {
	return tx
		.select({ id: memberships.id })
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				ne(memberships.id, exceptMembershipId),
				sql`${memberships.role} in ${roles}`
			)
		)
		.for('update');
}

export async function setMembershipRole(db: DbLike, organisationId: string, membershipId: string, role: Role) {
	await db
		.update(memberships)
		.set({ role })
		.where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)));
}

export async function deleteMembership(db: DbLike, organisationId: string, membershipId: string) {
	await db
		.delete(memberships)
		.where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)));
}

/** Makes the person a member with this role; one who already is keeps the membership and takes the role. */
export async function upsertMembership(db: DbLike, userId: string, organisationId: string, role: Role) {
	await db
		.insert(memberships)
		.values({ userId, organisationId, role })
		.onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { role } });
}

/** The membership of whoever has this address in this organisation, if any. */
export async function membershipByEmail(db: DbLike, organisationId: string, email: string) {
	const [row] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, organisationId), eq(users.email, email)));
	return row;
}

/** Adds a membership unless the person already has one there; true when it was added. */
export async function addMembershipIfNew(db: DbLike, userId: string, organisationId: string, role: Role) {
	const inserted = await db
		.insert(memberships)
		.values({ userId, organisationId, role })
		.onConflictDoNothing()
		.returning({ id: memberships.id });
	return inserted.length > 0;
}

export async function isMemberOf(db: DbLike, organisationId: string, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
	return row !== undefined;
}
