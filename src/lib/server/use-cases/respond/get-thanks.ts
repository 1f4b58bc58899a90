import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { findLayerByCode } from '../../repositories/rounds.ts';
import { findResponse } from '../../repositories/responses.ts';
import { hashResumeToken, requireCode, RESUME_TOKEN_PATTERN } from '../../reflection/codes.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';

export type ThanksPage = {
	code: string;
	closesOn: string;
	/**
	 * Whether this device still opens a response of this layer (a valid token in its cookie) in a
	 * round that is open: once it closes, the answers can be neither seen nor changed.
	 */
	kept: boolean;
};

/**
 * Public: the page after submitting. It shows nothing of the answers; with the respondent's own token
 * (their cookie) it offers their resume link and the way to forget the answers on this device.
 */
export async function getThanks(db: Db, rawCode: string, token: string | undefined): Promise<ThanksPage> {
	const code = requireCode(rawCode);
	const found = await findLayerByCode(db, code);
	if (!found) throw new AppError('not_found');
	const response =
		token && RESUME_TOKEN_PATTERN.test(token)
			? await findResponse(db, found.round.id, hashResumeToken(token))
			: undefined;
	const open = roundStatus(found.round, dutchDate(new Date())) === 'open';
	return {
		code,
		closesOn: found.round.closesOn,
		kept: open && response !== undefined && response.layer === found.layer
	};
}
