/**
 * A board's own model whose scale word is "niveau" (seven aspects, four levels, no layers, no
 * suggested actions), and a school that used it as in issue 11: a finished round where teachers and
 * school leaders see four aspects a whole level or more apart, a plan made from it (two goals without
 * actions, one with), a team conversation on it, and an open round that takes answers.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { insertResponse } from '../../repositories/responses.ts';
import { importModels } from '../../use-cases/models/import-models.ts';
import { hashResumeToken } from '../../reflection/codes.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import type { Layer } from '../../../domain/model/format.ts';
import { boardScenario } from './board-scenario.ts';
import { createRound, finishRound } from './rounds.ts';
import { createDialogue } from './dialogues.ts';
import { createPlan } from './plans.ts';
import { schoolYearOf } from '../../../domain/plan/school-year.ts';

export const OWN_MODEL_FILE = 'tests/fixtures/models/valid/eigen-model-niveau.yaml';
export const OWN_MODEL_ID = 'kwaliteitskaart-de-linde';

/** The browser tests import it with the CLI before the server starts; database tests get it here. */
export async function ensureOwnModel(db: Db) {
	if (!(await getModelVersion(db, OWN_MODEL_ID))) {
		const result = await importModels(
			db,
			[{ name: OWN_MODEL_FILE, text: fs.readFileSync(OWN_MODEL_FILE, 'utf8') }],
			'imported'
		);
		if (!result.ok) throw new Error(`cannot import ${OWN_MODEL_FILE}: ${JSON.stringify(result.files)}`);
	}
	const row = await getModelVersion(db, OWN_MODEL_ID);
	if (row?.content.kind !== 'model') throw new Error(`${OWN_MODEL_ID} is not a development model`);
	return { modelId: row.modelId, version: row.version, model: row.content };
}

/** Levels per respondent and aspect, so every median (and every "between two levels") is known. */
const ANSWERS: Partial<Record<Layer, Record<string, number[]>>> = {
	leraren: {
		koers: [1, 1, 2, 2],
		onderwijs: [2, 2, 2, 3],
		'samen-leren': [1, 2, 2, 2],
		data: [1, 2, 2, 2],
		leiderschap: [1, 1, 1, 2],
		ouders: [2, 2, 2, 2],
		kwaliteitszorg: [3, 3, 3, 3]
	},
	schoolleiding: {
		koers: [3, 3, 3],
		onderwijs: [3, 3, 4],
		'samen-leren': [2, 2, 3],
		data: [3, 3, 3],
		leiderschap: [3, 3, 3],
		ouders: [2, 2, 2],
		kwaliteitszorg: [3, 3, 4]
	}
};

async function answer(db: Db, round: { id: string }, layer: Layer): Promise<void> {
	const perAspect = ANSWERS[layer] ?? {};
	const people = Math.max(...Object.values(perAspect).map((l) => l.length));
	for (let i = 0; i < people; i++) {
		const id = await insertResponse(db, {
			roundId: round.id,
			layer,
			resumeHash: hashResumeToken(randomBytes(24).toString('base64url')),
			today: dutchDate(new Date()),
			submit: true,
			answers: Object.entries(perAspect).map(([item, levels]) => ({
				item,
				level: levels[i]!,
				dontKnow: false,
				ambition: null
			})),
			comments: [],
			maxPerLayer: null
		});
		if (!id) throw new Error('the round did not accept the response');
	}
}

export async function ownModelScenario(db: Db) {
	const world = await boardScenario(db);
	const { modelId } = await ensureOwnModel(db);
	const school = world.schools[0]!;
	const layers: Layer[] = ['leraren', 'schoolleiding'];
	const thresholds = { scores: 3, comments: 3 };
	const { round } = await createRound(db, school, {
		modelId,
		title: `Kwaliteitsreflectie ${school.name}`,
		layers,
		thresholds
	});
	await answer(db, round, 'leraren');
	await answer(db, round, 'schoolleiding');
	await finishRound(db, round.id);

	const dialogue = await createDialogue(db, {
		round,
		createdBy: world.people.schoolleider.id,
		title: 'Teamvergadering over de kwaliteitskaart',
		aspects: [
			{
				id: 'koers',
				placements: [
					{ layer: 'leraren', level: 1 },
					{ layer: 'leraren', level: 1 },
					{ layer: 'leraren', level: 2 },
					{ layer: 'leraren', level: 2 },
					{ layer: 'schoolleiding', level: 3 },
					{ layer: 'schoolleiding', level: 3 },
					{ layer: 'schoolleiding', level: 3 }
				],
				agreed: { level: 2, notes: 'We werken eerst aan een koers die iedereen kent.' }
			},
			{ id: 'onderwijs', placements: [] }
		]
	});

	const plan = await createPlan(db, {
		organisationId: school.id,
		round,
		schoolYear: schoolYearOf(dutchDate(new Date())),
		createdBy: world.people.schoolleider.id,
		goals: [
			{ aspectId: 'koers', currentLevel: 2, targetLevel: 3 },
			{ aspectId: 'data', currentLevel: 2, targetLevel: 3 },
			{ aspectId: 'leiderschap', currentLevel: 2, targetLevel: 3 }
		],
		actions: [{ goal: 2, what: 'Werkgroepen met een leraar als voorzitter' }]
	});

	const open = await createRound(db, school, { modelId, title: `Open reflectie ${school.name}`, layers, thresholds });
	return {
		...world,
		roundId: round.id,
		planId: plan.id,
		dialogue: { id: dialogue.id, code: dialogue.code },
		openRound: { id: open.round.id, code: open.codes.leraren! }
	};
}
