/**
 * Creating (or renewing) an invitation and queueing its mail, inside the caller's transaction so
 * that the mail exists exactly when the invitation does. Used by single invitations and imports.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PgBoss } from 'pg-boss';
import type { Tx } from '../db/client.ts';
import { upsertPendingInvitation } from '../repositories/invitations.ts';
import type { Role } from '../../domain/organisation/roles.ts';
import { mails, type Locale } from '../mail/templates.ts';
import { queueMail } from '../mail/send.ts';
import { roleLabelIn } from '../mail/role-label.ts';

export const INVITATION_DAYS = 14;

/** Only a hash of the token is stored; the link in the mail is the only copy of the secret. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function issueInvitation(
	tx: Tx,
	deps: { boss: PgBoss; baseURL: string },
	invite: {
		organisation: { id: string; name: string };
		email: string;
		role: Role;
		invitedBy: string;
		inviterName: string;
		locale: Locale;
	}
): Promise<string> {
	const token = randomBytes(24).toString('base64url');
	const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);
	const id = await upsertPendingInvitation(tx, {
		organisationId: invite.organisation.id,
		email: invite.email,
		role: invite.role,
		tokenHash: hashToken(token),
		invitedBy: invite.invitedBy,
		expiresAt
	});
	const url = `${deps.baseURL}/uitnodigingen/${id}?token=${token}`;
	const role = roleLabelIn(invite.role, invite.locale);
	await queueMail(
		deps.boss,
		mails.invitation(invite.email, invite.locale, url, {
			organisation: invite.organisation.name,
			role,
			inviter: invite.inviterName
		}),
		tx
	);
	return id;
}
