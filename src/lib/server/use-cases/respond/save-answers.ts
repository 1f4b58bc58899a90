import type { AppContext } from '../../context.ts';
import { AppError } from '../../../domain/errors.ts';
import { openLayerByCode } from '../../reflection/layer-by-code.ts';
import { findResponse, insertResponse, updateResponse } from '../../repositories/responses.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { CODE_PATTERN, hashResumeToken, newResumeToken, normaliseCode } from '../../reflection/codes.ts';
import { allowNewResponse } from '../../reflection/new-response-limit.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { parseAnswers } from '../../../domain/reflection/answers.ts';
import { QUEUES } from '../../jobs/boss.ts';

export type SaveOutcome = { resumeToken: string; submitted: boolean };

type Deps = Pick<AppContext, 'db' | 'boss'>;

/**
 * Public: save (a draft) or submit the answers given with a layer's code. The stored response carries
 * the round, the layer, the answers and the day — nothing about who gave them. When the person is
 * signed in, that they took part is recorded separately and later, for reminders only.
 */
export async function saveAnswers(
	deps: Deps,
	input: {
		code: string;
		resumeToken: string | undefined;
		form: Record<string, string | string[]>;
		submit: boolean;
		address: string;
		userId: string | null;
	}
): Promise<SaveOutcome> {
	const code = normaliseCode(input.code);
	if (!CODE_PATTERN.test(code)) throw new AppError('not_found');
	const today = dutchDate();
	const found = await openLayerByCode(deps.db, code, today);
	if (!found) throw new AppError('not_found');
	const { round, layer } = found;
	if (roundStatus(round, today) !== 'open') throw new AppError('closed');

	const { model, items } = await roundItems(deps.db, round, layer);
	const parsed = parseAnswers(input.form, items, model.levels.length, { complete: input.submit });
	if (parsed.issues.length > 0) throw new AppError('invalid_input', 'invalid_input', parsed.issues);

	const existing = input.resumeToken
		? await findResponse(deps.db, round.id, hashResumeToken(input.resumeToken))
		: undefined;
	let resumeToken = input.resumeToken;
	if (existing) {
		const saved = await updateResponse(deps.db, {
			response: existing,
			today,
			submit: input.submit,
			answers: parsed.answers,
			comments: parsed.comments
		});
		if (!saved) throw new AppError('closed');
	} else {
		// An empty first save stores nothing: no response row without at least one answer.
		if (parsed.answers.length === 0 && parsed.comments.length === 0)
			throw new AppError('invalid_input', 'required', [{ field: 'form', message: 'required' }]);
		if (!allowNewResponse(code, input.address)) throw new AppError('rate_limited');
		resumeToken = newResumeToken();
		const id = await insertResponse(deps.db, {
			roundId: round.id,
			layer,
			resumeHash: hashResumeToken(resumeToken),
			today,
			submit: input.submit,
			answers: parsed.answers,
			comments: parsed.comments,
			maxPerLayer: round.maxPerLayer
		});
		if (!id) throw new AppError('closed');
	}
	if (input.submit && input.userId) {
		// Minutes later and in its own transaction: nothing in the database pairs this with the answers.
		const delay = 120 + Math.floor(Math.random() * 1080);
		await deps.boss.send(QUEUES.participation, { roundId: round.id, userId: input.userId }, { startAfter: delay });
	}
	return { resumeToken: resumeToken!, submitted: input.submit || existing?.status === 'submitted' };
}
