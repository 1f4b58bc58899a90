import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { invitations, organisations, users } from '../db/schema/index.ts';

type DbLike = Db | Tx;
export type InvitationRow = typeof invitations.$inferSelect;

export async function pendingInvitationsFor(db: DbLike, email: string, now = new Date()) {
	return db
		.select({
			id: invitations.id,
			role: invitations.role,
			organisationId: organisations.id,
			organisationName: organisations.name,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(
			and(eq(invitations.email, email.toLowerCase()), eq(invitations.status, 'pending'), gt(invitations.expiresAt, now))
		)
		.orderBy(asc(invitations.createdAt));
}

/** Invitations of one organisation; the caller has been authorized to manage its members. */
export async function invitationsOf(db: DbLike, organisationId: string) {
	return db
		.select({
			id: invitations.id,
			email: invitations.email,
			role: invitations.role,
			status: invitations.status,
			expiresAt: invitations.expiresAt,
			createdAt: invitations.createdAt,
			invitedBy: users.name
		})
		.from(invitations)
		.leftJoin(users, eq(users.id, invitations.invitedBy))
		.where(eq(invitations.organisationId, organisationId))
		.orderBy(asc(invitations.status), asc(invitations.email));
}

export async function findInvitationByTokenHash(db: DbLike, tokenHash: string) {
	const [row] = await db
		.select({ invitation: invitations, organisationName: organisations.name, organisationKind: organisations.kind })
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(eq(invitations.tokenHash, tokenHash));
	return row;
}
