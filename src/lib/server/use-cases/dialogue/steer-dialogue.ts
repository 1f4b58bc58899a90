import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { updateSession } from '../../repositories/dialogues.ts';
import { snapshotOf } from '../../dialogue/snapshot.ts';
import { spreadOf } from '../../../domain/dialogue/dialogue.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { gotoInput } from '../../../schemas/dialogue.ts';

export type Steer = { action: 'reveal' } | { action: 'goto'; input: unknown } | { action: 'close'; confirmed: boolean };

/**
 * The facilitator moves the conversation: reveal the current aspect's spread to everyone (only with
 * enough placements to show), go to another aspect, or close the session. Closing ends placing and
 * recording for good: unconfirmed it changes nothing and answers `'confirm'`, so the page can ask.
 */
export async function steerDialogue(
	db: Db,
	actorId: string | null,
	id: unknown,
	steer: Steer
): Promise<'confirm' | undefined> {
	const { resource: session } = await access(db, actorId, 'dialogue', id, 'dialogue.facilitate');
	if (session.closedAt) throw new AppError('closed');
	if (steer.action === 'close') {
		if (!steer.confirmed) return 'confirm';
		await updateSession(db, session.id, { closedAt: new Date() });
		return;
	}
	if (steer.action === 'reveal') {
		const snapshot = await snapshotOf(db, session);
		// Only a spread that may be shown can be revealed (enough people chose a level; ADR 013).
		if (!snapshot || spreadOf(snapshot.counts, snapshot.scale) === null)
			throw new AppError('invalid_input', 'invalid_input', [{ field: 'form', message: 'too_few' }]);
		if (snapshot.stage === 'revealed') return;
		await updateSession(db, session.id, { revealedAspectIds: [...session.revealedAspectIds, snapshot.aspectId] });
		return;
	}
	const { index } = parseInput(gotoInput, steer.input);
	if (index >= session.aspectIds.length)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'index', message: 'invalid' }]);
	// An aspect revealed before opens as it was left: revealed, with its placements.
	await updateSession(db, session.id, { currentIndex: index });
	return;
}
