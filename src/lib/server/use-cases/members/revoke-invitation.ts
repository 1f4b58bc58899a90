import type { Db } from '../../db/client.ts';
import { closePendingInvitation } from '../../repositories/invitations.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { invitationIdInput } from '../../../schemas/members.ts';

/** Withdraw a pending invitation; its link stops working at once. */
export async function revokeInvitation(
	db: Db,
	actorId: string | null,
	organisationId: unknown,
	input: unknown
): Promise<void> {
	const { organisation } = await access(db, actorId, 'organisation', organisationId, 'members.manage');
	const { invitationId } = parseInput(invitationIdInput, input);
	const row = await closePendingInvitation(db, organisation.id, invitationId, 'revoked');
	if (!row) throw new AppError('not_found');
}
