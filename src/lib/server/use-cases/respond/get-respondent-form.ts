import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { findLayerByCode } from '../../repositories/rounds.ts';
import { publishedFeedback } from '../../repositories/round-feedback.ts';
import { findResponse, savedAnswers } from '../../repositories/responses.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { hashResumeToken, newResumeToken, requireCode } from '../../reflection/codes.ts';
import {
	closingDay,
	dutchDate,
	roundStatus,
	type ClosingDay,
	type RoundStatus
} from '../../../domain/reflection/round.ts';
import { progress, type Answer, type Comment } from '../../../domain/reflection/answers.ts';
import type { Item } from '../../../domain/reflection/items.ts';
import type { Layer } from '../../../domain/model/format.ts';
import { modelScale, type ModelScale } from '../../../domain/model/model-scale.ts';

export type RespondentForm = {
	code: string;
	round: {
		id: string;
		title: string;
		introduction: string;
		privacyText: string;
		organisationName: string;
		closesOn: string;
		closes: ClosingDay;
		status: RoundStatus;
		threshold: number;
		/** Whether the school has published what it will do with the answers ("jullie zeiden — wij gaan"). */
		feedbackPublished: boolean;
	};
	layer: Layer;
	model: { title: string } & ModelScale;
	items: Item[];
	saved: { status: 'draft' | 'submitted'; answers: Answer[]; comments: Comment[]; answered: number } | null;
	/**
	 * Until something is saved: a fresh key the form sends with every save, which becomes the new
	 * response's resume token, so that saves racing from this one page make one response.
	 */
	draftKey: string | null;
};

/**
 * Public: anyone with the layer's code may see the questions — the code is the invitation. The saved
 * answers are shown only to the holder of the response's resume token (a cookie on their device or
 * their resume link); nothing else identifies them.
 */
export async function getRespondentForm(
	db: Db,
	rawCode: string,
	resumeToken: string | undefined
): Promise<RespondentForm> {
	const code = requireCode(rawCode);
	const found = await findLayerByCode(db, code);
	if (!found) throw new AppError('not_found');
	const { round, layer } = found;
	const { model, items } = await roundItems(db, round, layer);
	const response = resumeToken ? await findResponse(db, round.id, hashResumeToken(resumeToken)) : undefined;
	const saved = response ? await savedAnswers(db, response.id) : null;
	const status = roundStatus(round, dutchDate(new Date()));
	const feedback = status === 'closed' ? await publishedFeedback(db, round.id) : undefined;
	return {
		code,
		round: {
			id: round.id,
			title: round.title,
			introduction: round.introduction,
			privacyText: round.privacyText,
			organisationName: found.organisationName,
			closesOn: round.closesOn,
			closes: closingDay(round),
			status,
			threshold: round.thresholdScores,
			feedbackPublished: feedback !== undefined
		},
		layer,
		model: {
			title: model.title,
			...modelScale(model)
		},
		items,
		saved:
			response && saved
				? { status: response.status, ...saved, answered: progress(saved.answers, items).answered }
				: null,
		draftKey: response ? null : newResumeToken()
	};
}
