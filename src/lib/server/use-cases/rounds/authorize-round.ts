import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { authorize, loadActor } from '../../auth/authorize.ts';
import { findRound, type RoundRow } from '../../repositories/rounds.ts';
import { roundId as roundIdSchema } from '../../../schemas/rounds.ts';
import type { Permission } from '../../../domain/permissions/policy.ts';

/** A round is reached through its organisation: the actor needs the permission there. */
export async function authorizeRound(db: Db | Tx, actorId: string | null, id: unknown, permission: Permission) {
	const parsed = roundIdSchema.safeParse(id);
	if (!parsed.success) throw new AppError('not_found');
	const actor = await loadActor(db, actorId);
	const round: RoundRow | undefined = await findRound(db, parsed.data);
	if (!round) {
		if (!actor) throw new AppError('unauthenticated');
		throw new AppError('not_found');
	}
	const access = await authorize(db, actor, permission, round.organisationId);
	return { ...access, round };
}
