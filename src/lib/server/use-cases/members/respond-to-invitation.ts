import type { Db } from '../../db/client.ts';
import { closePendingInvitation } from '../../repositories/invitations.ts';
import { upsertMembership } from '../../repositories/memberships.ts';
import { AppError } from '../../../domain/errors.ts';
import { requireActor, loadActor } from '../../auth/authorize.ts';
import { getInvitation } from './get-invitation.ts';

/**
 * Accept or decline an invitation. Accepting needs a signed-in person; the link's token (or being
 * the invited address) proves the invitation reached them. A person who is already a member keeps
 * their membership and takes the invited role.
 */
export async function respondToInvitation(
	db: Db,
	userId: string | null,
	id: unknown,
	token: unknown,
	answer: 'accept' | 'decline'
): Promise<{ organisationId: string }> {
	const actor = requireActor(await loadActor(db, userId));
	const view = await getInvitation(db, actor.userId, id, token);
	if (view.status !== 'pending') throw new AppError('closed');
	return db.transaction(async (tx) => {
		const invitation = await closePendingInvitation(tx, null, view.id, answer === 'accept' ? 'accepted' : 'declined');
		if (!invitation) throw new AppError('closed');
		if (answer === 'accept') {
			await upsertMembership(tx, actor.userId, invitation.organisationId, invitation.role);
		}
		return { organisationId: invitation.organisationId };
	});
}
