import type { Db } from '../../db/client.ts';
import { closeRound, moveClosing, openRound } from '../../repositories/round-changes.ts';
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
		await openRound(db, round.id, round.opensOn > today ? round.opensOn : today);
	} else if (change.action === 'close') {
		if (status === 'closed') throw new AppError('conflict');
		if (!change.confirmed) return 'confirm';
		await closeRound(db, round.id);
	} else {
		const { closesOn } = parseInput(extendInput, change.input);
		if (closesOn < today || closesOn < round.opensOn)
			throw new AppError('invalid_input', 'invalid_input', [{ field: 'closesOn', message: 'invalid' }]);
		await moveClosing(db, round.id, closesOn);
	}
	return 'done';
}
