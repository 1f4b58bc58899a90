import type { AppContext } from '../../context.ts';
import { membershipByEmail } from '../../repositories/memberships.ts';
import { userProfile } from '../../repositories/users.ts';
import { access } from '../../auth/access.ts';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { inviteInput } from '../../../schemas/members.ts';
import type { Locale } from '../../mail/templates.ts';
import { issueInvitation } from '../../members/issue-invitation.ts';
import { roleFits } from '../../../domain/permissions/policy.ts';

type Deps = Pick<AppContext, 'db' | 'boss' | 'baseURL'>;

/** Invite someone by email to an organisation with a role that fits that kind of organisation. */
export async function inviteMember(
	deps: Deps,
	actorId: string | null,
	organisationId: unknown,
	input: unknown,
	locale: Locale
): Promise<{ invitationId: string }> {
	const { db } = deps;
	const { actor, organisation } = await access(db, actorId, 'organisation', organisationId, 'members.manage');
	const data = parseInput(inviteInput, input);
	if (!roleFits(data.role, organisation.kind))
		throw new AppError('invalid_input', 'wrong_place', [{ field: 'role', message: 'wrong_place' }]);
	const existing = await membershipByEmail(db, organisation.id, data.email);
	if (existing) throw new AppError('invalid_input', 'already_member', [{ field: 'email', message: 'already_member' }]);
	const inviter = await userProfile(db, actor.userId);
	const invitationId = await db.transaction((tx) =>
		issueInvitation(tx, deps, {
			organisation,
			email: data.email,
			role: data.role,
			invitedBy: actor.userId,
			inviterName: inviter?.name ?? '',
			locale
		})
	);
	return { invitationId };
}
