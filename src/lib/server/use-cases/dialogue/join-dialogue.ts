import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { layersOf } from '../../repositories/rounds.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { joinInput } from '../../../schemas/dialogue.ts';
import { newPass, sessionByCode, type ParticipantPass } from './participant.ts';

/** Public: joins an open session in one of its round's layers; the pass goes into a cookie. */
export async function joinDialogue(db: Db, code: string, input: unknown): Promise<ParticipantPass> {
	const session = await sessionByCode(db, code);
	if (session.closedAt) throw new AppError('closed');
	const { layer } = parseInput(joinInput, input);
	const layers = (await layersOf(db, session.roundId)).map((l) => l.layer);
	if (!layers.includes(layer))
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'layer', message: 'not_allowed' }]);
	return newPass(layer);
}
