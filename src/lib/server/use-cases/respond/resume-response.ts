import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { findLayerByCode } from '../../repositories/rounds.ts';
import { findResponse } from '../../repositories/responses.ts';
import { hashResumeToken, requireCode, RESUME_TOKEN_PATTERN } from '../../reflection/codes.ts';

/** Public: a resume link is valid when its token belongs to a response of this code's round. */
export async function resumeResponse(
	db: Db,
	rawCode: string,
	token: string
): Promise<{ code: string; roundId: string; closesOn: string }> {
	const code = requireCode(rawCode);
	if (!RESUME_TOKEN_PATTERN.test(token)) throw new AppError('not_found');
	const found = await findLayerByCode(db, code);
	if (!found) throw new AppError('not_found');
	const response = await findResponse(db, found.round.id, hashResumeToken(token));
	if (!response || response.layer !== found.layer) throw new AppError('not_found');
	return { code, roundId: found.round.id, closesOn: found.round.closesOn };
}
