import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { upsertPlacement } from '../../repositories/dialogues.ts';
import { modelOfSession } from '../../dialogue/snapshot.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { placeInput } from '../../../schemas/dialogue.ts';
import { participantKey, sessionByCode, type ParticipantPass } from './participant.ts';

/**
 * Public: places the school on the current aspect (or changes one's placement) until the spread is
 * revealed. A placement on an aspect the session has left is refused as closed, never stored.
 */
export async function placeInDialogue(
	db: Db,
	code: string,
	pass: ParticipantPass | null,
	input: unknown
): Promise<void> {
	const session = await sessionByCode(db, code);
	if (!pass) throw new AppError('invalid_input', 'invalid_input', [{ field: 'layer', message: 'required' }]);
	if (session.closedAt) throw new AppError('closed');
	const data = parseInput(placeInput, input);
	const model = await modelOfSession(db, session);
	const level = data.level === 'weet-niet' ? null : data.level;
	if (level !== null && level > model.levels.length)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'level', message: 'not_allowed' }]);
	if (!session.aspectIds.includes(data.aspect))
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'aspect', message: 'not_allowed' }]);
	const placed = await upsertPlacement(db, {
		sessionId: session.id,
		aspectId: data.aspect,
		participant: participantKey(session, pass),
		layer: pass.layer,
		level
	});
	if (!placed) throw new AppError('closed');
}
