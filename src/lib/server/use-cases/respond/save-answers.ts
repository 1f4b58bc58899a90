import type { AppContext } from '../../context.ts';
import { AppError } from '../../../domain/errors.ts';
import { openLayerByCode } from '../../reflection/layer-by-code.ts';
import { findResponse, insertResponse, updateResponse, type ResponseRow } from '../../repositories/responses.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { hashResumeToken, newResumeToken, requireCode, RESUME_TOKEN_PATTERN } from '../../reflection/codes.ts';
import { allowNewResponse } from '../../reflection/new-response-limit.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { parseAnswers } from '../../../domain/reflection/answers.ts';
import { QUEUES } from '../../jobs/queue.ts';

export type SaveOutcome = { resumeToken: string; submitted: boolean; closesOn: string };

type Deps = Pick<AppContext, 'db' | 'boss'>;

/**
 * Public: save (a draft) or submit the answers given with a layer's code. The stored response carries
 * the round, the layer, the answers and the day — nothing about who gave them. When the person is
 * signed in, that they took part is recorded separately and later, for reminders only.
 *
 * The response is found by the token in the respondent's cookie, or — before the first save has set
 * that cookie — by the draft key the form was rendered with: it becomes the response's token, so two
 * saves sent from one page at once (an autosave and a click on "versturen") write one response, never
 * a draft beside a submission.
 */
export async function saveAnswers(
	deps: Deps,
	input: {
		code: string;
		resumeToken: string | undefined;
		draftKey?: string | undefined;
		form: Record<string, string | string[]>;
		submit: boolean;
		address: string;
		userId: string | null;
	}
): Promise<SaveOutcome> {
	const code = requireCode(input.code);
	const today = dutchDate(new Date());
	const found = await openLayerByCode(deps.db, code, today);
	if (!found) throw new AppError('not_found');
	const { round, layer } = found;
	if (roundStatus(round, today) !== 'open') throw new AppError('closed');

	const { model, items } = await roundItems(deps.db, round, layer);
	const lookup = (token: string | undefined) =>
		token && RESUME_TOKEN_PATTERN.test(token) ? findResponse(deps.db, round.id, hashResumeToken(token)) : undefined;
	const byCookie = await lookup(input.resumeToken);
	const draftKey =
		!byCookie && input.draftKey && RESUME_TOKEN_PATTERN.test(input.draftKey) ? input.draftKey : undefined;
	let existing = byCookie ?? (await lookup(draftKey));
	const token = byCookie ? input.resumeToken! : (draftKey ?? newResumeToken());
	// A submitted response stays complete: a late draft save may change its answers, not drop one.
	const parse = (response: ResponseRow | undefined) => {
		const parsed = parseAnswers(input.form, items, model.levels.length, {
			complete: input.submit || response?.status === 'submitted'
		});
		if (parsed.issues.length > 0) throw new AppError('invalid_input', 'invalid_input', parsed.issues);
		return { today, submit: input.submit, answers: parsed.answers, comments: parsed.comments };
	};
	let write = parse(existing);

	if (!existing) {
		// An empty first save stores nothing: no response row without at least one answer.
		if (write.answers.length === 0 && write.comments.length === 0)
			throw new AppError('invalid_input', 'required', [{ field: 'form', message: 'required' }]);
		if (!allowNewResponse(code, input.address)) throw new AppError('rate_limited');
		const id = await insertResponse(deps.db, {
			roundId: round.id,
			layer,
			resumeHash: hashResumeToken(token),
			maxPerLayer: round.maxPerLayer,
			...write
		});
		// No row: the round closed or the layer is full — or the same page's other save came first.
		if (!id) {
			existing = (await lookup(draftKey)) ?? closed();
			write = parse(existing);
		}
	}
	if (existing && !(await updateResponse(deps.db, { response: existing, ...write }))) closed();
	if (input.submit && input.userId) {
		// Minutes later and in its own transaction: nothing in the database pairs this with the answers.
		const delay = 120 + Math.floor(Math.random() * 1080);
		await deps.boss.send(QUEUES.participation, { roundId: round.id, userId: input.userId }, { startAfter: delay });
	}
	return {
		resumeToken: token,
		submitted: input.submit || existing?.status === 'submitted',
		closesOn: round.closesOn
	};
}

function closed(): ResponseRow {
	throw new AppError('closed');
}
