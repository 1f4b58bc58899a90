import type { Db } from '../../db/client.ts';
import { findInvitation, type InvitationStatus } from '../../repositories/invitations.ts';
import { userProfile } from '../../repositories/users.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Role } from '../../../domain/organisation/roles.ts';
import { hashToken } from '../../members/issue-invitation.ts';
import { invitationToken } from '../../../schemas/members.ts';
import { recordId } from '../../../schemas/ids.ts';

export type InvitationView = {
	id: string;
	organisationName: string;
	role: Role;
	status: InvitationStatus;
	invitedEmail: string;
	inviter: string | null;
	/** Whether the signed-in person may answer it: by the link's token, or by being the invited address. */
	canRespond: boolean;
	signedInAs: string | null;
};

/**
 * Public: an invitation is shown to whoever holds its link (the token proves it was delivered to them), or
 * to the signed-in person it was sent to. Anyone else gets `not_found`.
 */
export async function getInvitation(
	db: Db,
	userId: string | null,
	id: unknown,
	token: unknown
): Promise<InvitationView> {
	const invitationId = recordId.safeParse(id);
	if (!invitationId.success) throw new AppError('not_found');
	const row = await findInvitation(db, invitationId.data);
	if (!row) throw new AppError('not_found');
	const me = userId ? await userProfile(db, userId) : undefined;
	const parsedToken = invitationToken.safeParse(token);
	const byToken = parsedToken.success && hashToken(parsedToken.data) === row.invitation.tokenHash;
	const byEmail = me?.email === row.invitation.email;
	if (!byToken && !byEmail) throw new AppError('not_found');
	const expired = row.invitation.status === 'pending' && row.invitation.expiresAt < new Date();
	return {
		id: row.invitation.id,
		organisationName: row.organisationName,
		role: row.invitation.role,
		status: expired ? 'expired' : row.invitation.status,
		invitedEmail: row.invitation.email,
		inviter: row.inviter,
		canRespond: me !== undefined,
		signedInAs: me?.email ?? null
	};
}
