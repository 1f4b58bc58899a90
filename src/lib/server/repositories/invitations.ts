import { and, asc, eq, gt } from 'drizzle-orm';
import type { Role } from '../../domain/organisation/roles.ts';
import type { Db, Tx } from '../db/client.ts';
import { invitations, organisations, users } from '../db/schema/index.ts';

type DbLike = Db | Tx;
export type InvitationRow = typeof invitations.$inferSelect;
export type { InvitationStatus } from '../db/schema/memberships.ts';

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

/** One invitation with its organisation's name and who sent it; whoever reads it checks the token. */
export async function findInvitation(db: DbLike, id: string) {
	const [row] = await db
		.select({ invitation: invitations, organisationName: organisations.name, inviter: users.name })
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.leftJoin(users, eq(users.id, invitations.invitedBy))
		.where(eq(invitations.id, id));
	return row;
}

/**
 * A new pending invitation, or the pending one to the same address renewed: inviting again never
 * adds a second one. Returns its id.
 */
export async function upsertPendingInvitation(
	tx: Tx,
	invite: { organisationId: string; email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date }
): Promise<string> {
	const { organisationId, email, ...values } = invite;
	const [row] = await tx
		.insert(invitations)
		.values({ organisationId, email, ...values })
		.onConflictDoUpdate({
			target: [invitations.organisationId, invitations.email],
			targetWhere: eq(invitations.status, 'pending'),
			set: { ...values, createdAt: new Date() }
		})
		.returning({ id: invitations.id });
	return row!.id;
}

/** Ends a pending invitation of this organisation; undefined when there was none to end. */
export async function closePendingInvitation(
	db: DbLike,
	organisationId: string | null,
	invitationId: string,
	status: 'revoked' | 'accepted' | 'declined'
): Promise<InvitationRow | undefined> {
	const [row] = await db
		.update(invitations)
		.set({ status, respondedAt: new Date() })
		.where(
			and(
				eq(invitations.id, invitationId),
				organisationId === null ? undefined : eq(invitations.organisationId, organisationId),
				eq(invitations.status, 'pending')
			)
		)
		.returning();
	return row;
}
