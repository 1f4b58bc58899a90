import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { invitations, memberships, users } from '../db/schema/index.ts';
import { authorize, loadActor } from '../auth/authorize.ts';
import { AppError } from '../../domain/errors.ts';
import { ROLE_PLACES } from '../../domain/permissions/policy.ts';
import type { OrganisationKind } from '../../domain/organisation/types.ts';
import type { Role } from '../../domain/organisation/roles.ts';
import { parseInput } from '../../schemas/parse.ts';
import { inviteInput } from '../../schemas/members.ts';
import { mails, type Locale } from '../mail/templates.ts';
import { queueMail } from '../mail/send.ts';
import { roleLabelIn } from '../mail/role-label.ts';

export const INVITATION_DAYS = 14;

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function roleFits(role: Role, kind: OrganisationKind): boolean {
	return (ROLE_PLACES[role] as readonly OrganisationKind[]).includes(kind);
}

type Deps = Pick<AppContext, 'db' | 'boss' | 'baseURL'>;

/**
 * Invite someone by email to an organisation with a role. Inviting the same address again renews
 * the pending invitation (new link, new expiry) instead of creating a second one.
 */
export async function inviteMember(
	deps: Deps,
	actorId: string | null,
	organisationId: string,
	input: unknown,
	locale: Locale
): Promise<{ invitationId: string }> {
	const { db } = deps;
	const { actor, organisation } = await authorize(db, await loadActor(db, actorId), 'members.manage', organisationId);
	const data = parseInput(inviteInput, input);
	if (!roleFits(data.role, organisation.kind))
		throw new AppError('invalid_input', 'wrong_place', [{ field: 'role', message: 'wrong_place' }]);
	const [existing] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, organisation.id), eq(users.email, data.email)));
	if (existing) throw new AppError('invalid_input', 'already_member', [{ field: 'email', message: 'already_member' }]);
	const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));

	const token = randomBytes(24).toString('base64url');
	const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(invitations)
			.values({
				organisationId: organisation.id,
				email: data.email,
				role: data.role,
				tokenHash: hashToken(token),
				invitedBy: actor.userId,
				expiresAt
			})
			.onConflictDoUpdate({
				target: [invitations.organisationId, invitations.email],
				targetWhere: eq(invitations.status, 'pending'),
				set: { role: data.role, tokenHash: hashToken(token), invitedBy: actor.userId, expiresAt, createdAt: new Date() }
			})
			.returning({ id: invitations.id });
		const url = `${deps.baseURL}/uitnodigingen/${row!.id}?token=${token}`;
		const mail = mails.invitation(data.email, locale, url, {
			organisation: organisation.name,
			role: roleLabelIn(data.role, locale),
			inviter: inviter?.name ?? ''
		});
		await queueMail(deps.boss, mail, tx);
		return { invitationId: row!.id };
	});
}
