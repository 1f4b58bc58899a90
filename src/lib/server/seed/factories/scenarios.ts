/**
 * Ready-made worlds for browser tests, each with unique names and codes so that tests running side
 * by side on one server never see each other's data.
 */
import type { Db } from '../../db/client.ts';
import { boardScenario } from './board-scenario.ts';
import { createBoard, createSchool, uniqueSuffix } from './organisations.ts';
import { addMember, createUser, TEST_PASSWORD } from './users.ts';
import { createRound, finishRound } from './rounds.ts';
import { addResponses, seededRandom } from './responses.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { roundLayers, rounds } from '../../db/schema/index.ts';
import { schoolYearOf } from '../../../domain/plan/school-year.ts';
import { createDialogue } from './dialogues.ts';
import { createPlan } from './plans.ts';
import { addDays, dutchDate } from '../../../domain/reflection/round.ts';
import { eq } from 'drizzle-orm';
import { ownModelScenario } from './own-model.ts';
import { anonymityScenario } from './anonymity-scenario.ts';
import type { Layer } from '../../../domain/model/format.ts';

export { boardScenario };

/** The board world with an open round on the five-aspect model at the first school, for leadership and teachers. */
export async function openRoundScenario(db: Db) {
	const world = await boardScenario(db);
	const { round, codes } = await createRound(db, world.schools[0]!, { title: 'Reflectie voorjaar' });
	return { ...world, roundId: round.id, codes: { leraren: codes.leraren!, schoolleiding: codes.schoolleiding! } };
}

export async function platformAdminScenario(db: Db) {
	const tag = uniqueSuffix();
	const user = await createUser(db, {
		name: `Beheerder ${tag}`,
		email: `beheer-${tag}@proef.example`,
		platformAdmin: true
	});
	return { password: TEST_PASSWORD, admin: { id: user.id, email: user.email, name: user.name } };
}

/**
 * A board whose schools have finished rounds with answers: the first school's round shows a gap
 * between leadership and teachers on the first aspect; the last school has too few answers.
 */
export async function reportScenario(db: Db) {
	const world = await boardScenario(db);
	const model = await getModelVersion(db, 'samen-leren-inhoud-geven');
	if (model?.content.kind !== 'model') throw new Error('the shipped models are missing');
	const random = seededRandom(7);
	const roundIds: string[] = [];
	for (const [i, school] of world.schools.entries()) {
		const { round } = await createRound(db, school, {
			modelId: model.modelId,
			title: `Reflectie ${school.name}`,
			layers: ['schoolleiding', 'leraren']
		});
		if (i === 0) {
			await addResponses(db, round, model.content, 'schoolleiding', 5, {
				random,
				around: {
					koers: 4,
					'data-en-feedback': 3,
					'lerende-professional': 3,
					'samen-leren-in-het-team': 3,
					'georganiseerd-leiderschap': 4
				},
				comments: {
					koers: [
						'De koers is vastgesteld met het team.',
						'Onze koers hangt in de personeelskamer.',
						'We evalueren de koers jaarlijks.',
						'De koers is helder.',
						'Iedereen kent de doelen.'
					]
				}
			});
			await addResponses(db, round, model.content, 'leraren', 8, {
				random,
				around: {
					koers: 2,
					'data-en-feedback': 3,
					'lerende-professional': 3,
					'samen-leren-in-het-team': 3,
					'georganiseerd-leiderschap': 3
				},
				ambition: 1
			});
		} else {
			await addResponses(db, round, model.content, 'leraren', i === world.schools.length - 1 ? 2 : 6, {
				random,
				around: { koers: 2 + (i % 3) }
			});
		}
		await finishRound(db, round.id);
		roundIds.push(round.id);
	}
	return { ...world, roundIds };
}

/**
 * The report world, with the first school's round moved to two months ago and a later round on the
 * same model since, in which the teachers place Koers higher: a plan made from the first round can
 * show that Koers moved.
 */
export async function planScenario(db: Db) {
	const world = await reportScenario(db);
	const model = await getModelVersion(db, 'samen-leren-inhoud-geven');
	if (model?.content.kind !== 'model') throw new Error('the shipped models are missing');
	const today = dutchDate(new Date());
	await finishRound(db, world.roundIds[0]!, { opensOn: addDays(today, -60), closesOn: addDays(today, -46) });
	const school = world.schools[0]!;
	const { round } = await createRound(db, school, {
		modelId: model.modelId,
		title: `Vervolgreflectie ${school.name}`,
		layers: ['schoolleiding', 'leraren']
	});
	const random = seededRandom(11);
	await addResponses(db, round, model.content, 'schoolleiding', 5, { random, around: { koers: 4 } });
	await addResponses(db, round, model.content, 'leraren', 8, { random, around: { koers: 4 } });
	await finishRound(db, round.id, { opensOn: addDays(today, -20), closesOn: addDays(today, -6) });
	const [code] = await db
		.select({ code: roundLayers.code })
		.from(roundLayers)
		.where(eq(roundLayers.roundId, world.roundIds[0]!));
	return { ...world, laterRoundId: round.id, firstRoundCode: code!.code };
}

/** The plan world with a plan already made from the first school's first round, with two actions. */
export async function planMadeScenario(db: Db) {
	const world = await planScenario(db);
	const [round] = await db.select().from(rounds).where(eq(rounds.id, world.roundIds[0]!));
	const schoolYear = schoolYearOf(dutchDate(new Date()));
	const plan = await createPlan(db, {
		organisationId: world.schools[0]!.id,
		round: round!,
		schoolYear,
		createdBy: world.people.schoolleider.id,
		goals: [
			{ aspectId: 'koers', currentLevel: 2, targetLevel: 3, description: 'Iedereen kent onze koers.' },
			{ aspectId: 'data-en-feedback', currentLevel: 3, targetLevel: 4 }
		],
		actions: [
			{ goal: 0, what: 'Koers bespreken in elke bouw', ownerId: world.people.leraar.id, status: 'in_progress' },
			{ goal: 1, what: 'Datamuur inrichten', status: 'done' }
		]
	});
	// And a team conversation on that round, with an agreement: the round's report shows it.
	const dialogue = await createDialogue(db, {
		round: round!,
		createdBy: world.people.schoolleider.id,
		title: 'Studiedag over onze koers',
		aspects: [
			{
				id: 'koers',
				placements: [
					{ layer: 'leraren', level: 2 },
					{ layer: 'leraren', level: 2 },
					{ layer: 'schoolleiding', level: 3 }
				],
				agreed: { level: 2, notes: 'We kennen de koers, maar hebben hem nog niet samen gemaakt.' }
			}
		],
		closed: true
	});
	return { ...world, planId: plan.id, schoolYear, dialogueId: dialogue.id };
}

/**
 * A school's team conversations on a round nobody has answered yet: an empty open conversation
 * (for phones joining), one where eight colleagues already placed Koers and four placed Data en
 * feedback (for the projector: the spread asks three questions on Koers and cannot compare the
 * layers on Data en feedback), and one held a month ago whose agreement on Koers is on record.
 * And a round that closed without a single answer, whose conversation still agreed on Koers.
 */
export async function dialogueScenario(db: Db) {
	const tag = uniqueSuffix();
	const board = await createBoard(db, { name: `Stichting Gesprek ${tag}` });
	const school = await createSchool(db, board, { name: `Basisschool Het Gesprek ${tag}` });
	// One person signs in, so one password hash: the scenario stays cheap on a busy machine.
	const schoolleider = await createUser(db, {
		name: `Sam Schoolleider ${tag}`,
		email: `schoolleider-${tag}@proef.example`
	});
	await addMember(db, schoolleider, school, 'schoolleider');
	const leader = schoolleider.id;
	const { round } = await createRound(db, school, { title: `Teamreflectie ${school.name}` });
	const earlier = addDays(dutchDate(new Date()), -30);
	await createDialogue(db, {
		round,
		createdBy: leader,
		title: 'Studiedag',
		heldOn: earlier,
		aspects: [{ id: 'koers', placements: [], agreed: { level: 1, notes: 'We beginnen pas.' } }],
		closed: true
	});
	const session = await createDialogue(db, {
		round,
		createdBy: leader,
		title: 'Teamvergadering',
		aspects: [
			{ id: 'koers', placements: [] },
			{ id: 'data-en-feedback', placements: [] }
		]
	});
	const placed = (layer: Layer, levels: (number | null)[]) => levels.map((level) => ({ layer, level }));
	const projected = await createDialogue(db, {
		round,
		createdBy: leader,
		title: 'Studiemiddag',
		aspects: [
			{ id: 'koers', placements: [...placed('leraren', [1, 1, 4, null, null]), ...placed('schoolleiding', [4, 4, 4])] },
			{ id: 'data-en-feedback', placements: [...placed('leraren', [2, 2, 3]), ...placed('schoolleiding', [3])] }
		]
	});
	const { round: closedRound } = await createRound(db, school, { title: `Reflectie zonder antwoorden ${school.name}` });
	await createDialogue(db, {
		round: closedRound,
		createdBy: leader,
		title: 'Slotgesprek',
		aspects: [
			{
				id: 'koers',
				placements: [],
				agreed: { level: 2, notes: 'De koers is bekend.\nNu samen uitwerken.' }
			}
		],
		closed: true
	});
	await finishRound(db, closedRound.id);
	return {
		password: TEST_PASSWORD,
		people: { schoolleider: { id: schoolleider.id, email: schoolleider.email } },
		roundId: round.id,
		closedRoundId: closedRound.id,
		earlierOn: earlier,
		session: { id: session.id, code: session.code },
		projected: { id: projected.id, code: projected.code }
	};
}

export const SCENARIOS = {
	board: boardScenario,
	openRound: openRoundScenario,
	platformAdmin: platformAdminScenario,
	report: reportScenario,
	plan: planScenario,
	planMade: planMadeScenario,
	ownModel: ownModelScenario,
	anonymity: anonymityScenario,
	dialogue: dialogueScenario
} as const;
