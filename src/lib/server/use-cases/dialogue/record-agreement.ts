import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { saveAgreement } from '../../repositories/dialogues.ts';
import { modelOfSession } from '../../dialogue/snapshot.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { agreementInput } from '../../../schemas/dialogue.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';

/**
 * The facilitator records the phase the team agreed on for an aspect (or none, when the team did
 * not agree) with notes. It becomes the team's consensus in the round's report.
 */
export async function recordAgreement(db: Db, actorId: string | null, id: unknown, input: unknown): Promise<void> {
	const { resource: session } = await access(db, actorId, 'dialogue', id, 'dialogue.facilitate');
	if (session.closedAt) throw new AppError('closed');
	const data = parseInput(agreementInput, input);
	if (!session.aspectIds.includes(data.aspect))
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'aspect', message: 'not_allowed' }]);
	const model = await modelOfSession(db, session);
	if (data.level !== null && data.level > model.levels.length)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'level', message: 'not_allowed' }]);
	if (data.level === null && data.notes === '')
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'level', message: 'required' }]);
	await saveAgreement(db, {
		sessionId: session.id,
		aspectId: data.aspect,
		level: data.level,
		notes: data.notes,
		agreedOn: dutchDate(new Date())
	});
}
