import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rounds } from '../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { extendInput } from '../../../schemas/rounds.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { access } from '../../auth/access.ts';

export type RoundChange =
	{ action: 'open' } | { action: 'close'; confirmed: boolean } | { action: 'extend'; input: unknown };

/**
 * Open a draft round, close an open one, or move its closing date (which also reopens a round that
 * closed on its date or by hand). The leader does not need to wait for dates: opening is a button.
 * Closing needs a confirmation: afterwards nobody can answer, so an unconfirmed close only says
 * `confirm` (the page then asks) and changes nothing.
 */
export async function changeRound(
	db: Db,
	actorId: string | null,
	id: unknown,
	change: RoundChange
): Promise<'done' | 'confirm'> {
	const { resource: round } = await access(db, actorId, 'round', id, 'rounds.manage');
	const today = dutchDate(new Date());
	const status = roundStatus(round, today);
	if (change.action === 'open') {
		if (status !== 'draft') throw new AppError('conflict');
		await db
			.update(rounds)
			.set({ openedAt: new Date(), opensOn: round.opensOn > today ? round.opensOn : today })
			.where(eq(rounds.id, round.id));
	} else if (change.action === 'close') {
		if (status === 'closed') throw new AppError('conflict');
		if (!change.confirmed) return 'confirm';
		await db.update(rounds).set({ closedAt: new Date() }).where(eq(rounds.id, round.id));
	} else {
		const { closesOn } = parseInput(extendInput, change.input);
		if (closesOn < today || closesOn < round.opensOn)
			throw new AppError('invalid_input', 'invalid_input', [{ field: 'closesOn', message: 'invalid' }]);
		await db.update(rounds).set({ closesOn, closedAt: null }).where(eq(rounds.id, round.id));
	}
	return 'done';
}
