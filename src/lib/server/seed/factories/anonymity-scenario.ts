/**
 * A finished round with answers chosen exactly, for the browser test of anonymity per figure and
 * of the one percentage base (ADR 013). Threshold 5 for scores and comments.
 *
 * - Koers: five leaders at level 4; seven teachers, five at 2, one at 3, one "weet ik niet"
 *   (the teachers' row reads 72 / 14 / 14, never 83 % + 17 % plus 14 %).
 * - Lerende professional: two teachers chose a level, five said "weet ik niet": the teachers show
 *   no figure there, though their layer (seven) is large enough.
 * - Ambitions: one teacher on Koers (shown nowhere), all five leaders on Gebruik van data en feedback (shown).
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { insertResponse } from '../../repositories/responses.ts';
import { hashResumeToken } from '../../reflection/codes.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import type { Answer } from '../../../domain/reflection/answers.ts';
import type { Layer } from '../../../domain/model/format.ts';
import { boardScenario } from './board-scenario.ts';
import { createRound, finishRound } from './rounds.ts';

const ASPECTS = [
	'koers',
	'data-en-feedback',
	'lerende-professional',
	'samen-leren-in-het-team',
	'georganiseerd-leiderschap'
] as const;
type Aspect = (typeof ASPECTS)[number];
/** A level, or null for "weet ik niet". */
type Choice = number | null;

const leaders: Record<Aspect, Choice[]> = {
	koers: [4, 4, 4, 4, 4],
	'data-en-feedback': [3, 3, 3, 3, 3],
	'lerende-professional': [3, 3, 3, 3, 3],
	'samen-leren-in-het-team': [3, 3, 3, 3, 3],
	'georganiseerd-leiderschap': [4, 4, 4, 4, 4]
};
const teachers: Record<Aspect, Choice[]> = {
	koers: [2, 2, 2, 2, 2, 3, null],
	'data-en-feedback': [3, 3, 3, 3, 3, 3, 3],
	'lerende-professional': [2, 3, null, null, null, null, null],
	'samen-leren-in-het-team': [3, 3, 3, 3, 3, 3, 3],
	'georganiseerd-leiderschap': [3, 3, 3, 3, 3, 3, 3]
};

export async function anonymityScenario(db: Db) {
	const world = await boardScenario(db);
	const school = world.schools[0]!;
	const { round } = await createRound(db, school, {
		title: `Reflectie per cijfer ${school.name}`,
		layers: ['schoolleiding', 'leraren']
	});
	const add = async (layer: Layer, choices: Record<Aspect, Choice[]>, ambition: (i: number) => Answer | null) => {
		for (let i = 0; i < choices.koers.length; i++) {
			const answers: Answer[] = ASPECTS.map((aspect) => {
				const level = choices[aspect][i]!;
				return { item: aspect, level, dontKnow: level === null, ambition: null };
			});
			const extra = ambition(i);
			if (extra) answers.find((a) => a.item === extra.item)!.ambition = extra.ambition;
			const id = await insertResponse(db, {
				roundId: round.id,
				layer,
				resumeHash: hashResumeToken(randomBytes(24).toString('base64url')),
				today: dutchDate(new Date()),
				submit: true,
				answers,
				comments: [],
				maxPerLayer: null
			});
			if (!id) throw new Error('the round did not take the response');
		}
	};
	const ambition = (item: Aspect, level: number): Answer => ({ item, level: null, dontKnow: false, ambition: level });
	await add('schoolleiding', leaders, () => ambition('data-en-feedback', 4));
	await add('leraren', teachers, (i) => (i === 0 ? ambition('koers', 3) : null));
	await finishRound(db, round.id);
	return { ...world, roundId: round.id, roundTitle: round.title };
}
