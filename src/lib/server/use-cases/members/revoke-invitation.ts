import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { invitations } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { invitationIdInput } from '../../../schemas/members.ts';

/** Withdraw a pending invitation; its link stops working at once. */
export async function revokeInvitation(
	db: Db,
	actorId: string | null,
	organisationId: string,
	input: unknown
): Promise<void> {
	await authorize(db, await loadActor(db, actorId), 'members.manage', organisationId);
	const { invitationId } = parseInput(invitationIdInput, input);
	const [row] = await db
		.update(invitations)
		.set({ status: 'revoked', respondedAt: new Date() })
		.where(
			and(
				eq(invitations.id, invitationId),
				eq(invitations.organisationId, organisationId),
				eq(invitations.status, 'pending')
			)
		)
		.returning({ id: invitations.id });
	if (!row) throw new AppError('not_found');
}
