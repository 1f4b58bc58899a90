import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { invitations, memberships } from '../../db/schema/index.ts';
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
		const [invitation] = await tx
			.update(invitations)
			.set({ status: answer === 'accept' ? 'accepted' : 'declined', respondedAt: new Date() })
			.where(and(eq(invitations.id, view.id), eq(invitations.status, 'pending')))
			.returning();
		if (!invitation) throw new AppError('closed');
		if (answer === 'accept') {
			await tx
				.insert(memberships)
				.values({ userId: actor.userId, organisationId: invitation.organisationId, role: invitation.role })
				.onConflictDoUpdate({
					target: [memberships.userId, memberships.organisationId],
					set: { role: invitation.role }
				});
		}
		return { organisationId: invitation.organisationId };
	});
}
