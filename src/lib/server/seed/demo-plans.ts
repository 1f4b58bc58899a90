/**
 * The demo's development plans: De Regenboog's plan for this school year, made from its reflection
 * on Samen Leren Inhoud Geven, with actions for its people, moments and comments, and the message to
 * its respondents published; and simpler plans at half of the board's other schools, so the board's
 * overview has something to show. Phases come from each round's own report.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { roundFeedback, rounds, users } from '../db/schema/index.ts';
import { roundReport } from '../reports/round-report-data.ts';
import { createPlan } from './factories/plans.ts';
import { currentPhase } from '../../domain/plan/plan.ts';
import { schoolYearOf, schoolYearSpan } from '../../domain/plan/school-year.ts';
import { addDays, dutchDate } from '../../domain/reflection/round.ts';
import { demoSchools } from './demo.ts';

const REGENBOOG = 'Basisschool De Regenboog';

export async function seedDemoPlans(db: Db): Promise<void> {
	const today = dutchDate(new Date());
	const year = schoolYearOf(today);
	const { from: yearStart } = schoolYearSpan(year);
	const schools = await demoSchools(db);
	const people = new Map(
		(
			await db
				.select({ id: users.id, email: users.email })
				.from(users)
				.where(
					inArray(users.email, [
						'schoolleider@regenboog.example',
						'teamleider@regenboog.example',
						'leraar@regenboog.example',
						'ib@regenboog.example',
						'bestuurder@peelrand.example'
					])
				)
		).map((u) => [u.email.split('@')[0]!, u.id])
	);

	const ordered = [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	for (const [i, school] of ordered.entries()) {
		const isRegenboog = school.name === REGENBOOG;
		if (!isRegenboog && i % 2 === 1) continue;
		const [round] = await db
			.select()
			.from(rounds)
			.where(and(eq(rounds.organisationId, school.id), eq(rounds.title, 'Schoolreflectie 2026')));
		if (!round) continue;
		const { report } = await roundReport(db, round);
		if (report.empty) continue;
		// The two aspects the report names as potential (or the lowest two), one phase up.
		const chosen = (report.potential.length >= 2 ? report.potential : report.aspects.map((a) => a.aspectId)).slice(
			0,
			2
		);
		const goals = chosen.flatMap((aspectId) => {
			const median = report.aspects.find((a) => a.aspectId === aspectId)?.overall.median ?? null;
			const current = currentPhase(median, report.scale);
			return current !== null && current < report.scale
				? [{ aspectId, currentLevel: current, currentMedian: median ?? current, targetLevel: current + 1 }]
				: [];
		});
		if (goals.length < 2) continue;

		if (!isRegenboog) {
			await createPlan(db, {
				organisationId: school.id,
				round,
				schoolYear: year,
				goals,
				actions: [
					{
						goal: 0,
						what: 'Bespreek de uitkomsten van de reflectie in de teamvergadering.',
						status: 'done',
						dueOn: addDays(yearStart, 45)
					},
					{
						goal: 0,
						what: 'Maak per bouw afspraken over de volgende stap.',
						status: i % 4 === 0 ? 'in_progress' : 'planned',
						dueOn: addDays(today, 40 + i)
					},
					{
						goal: 1,
						what: 'Plan collegiale lesbezoeken rond dit aspect.',
						status: 'planned',
						dueOn: addDays(today, 70)
					}
				],
				moments: [
					{ kind: 'start', heldOn: addDays(yearStart, 31), notes: 'Plan besproken met het team en vastgesteld.' }
				]
			});
			continue;
		}

		await createPlan(db, {
			organisationId: school.id,
			round,
			schoolYear: year,
			createdBy: people.get('schoolleider') ?? null,
			goals: goals.map((g, n) => ({
				...g,
				description:
					n === 0
						? 'Iedereen in het team kan uitleggen wat onze koers betekent voor de eigen groep.'
						: 'We gebruiken toetsgegevens en feedback van leerlingen om samen ons onderwijs bij te stellen.'
			})),
			actions: [
				{
					goal: 0,
					what: 'Bespreek de analyse van de leerresultaten in de teamvergadering.',
					ownerId: people.get('teamleider') ?? null,
					startsOn: addDays(yearStart, 31),
					dueOn: addDays(yearStart, 75),
					status: 'done'
				},
				{
					goal: 0,
					what: 'Vertaal de schooldoelen per bouw naar doelen voor de eigen groep.',
					ownerId: people.get('leraar') ?? null,
					startsOn: addDays(today, -30),
					dueOn: addDays(today, 5),
					status: 'in_progress'
				},
				{
					goal: 1,
					what: 'Zet een datamuur op in de teamkamer en bespreek die elke zes weken.',
					ownerId: people.get('ib') ?? null,
					startsOn: addDays(today, -40),
					dueOn: addDays(today, -7),
					status: 'planned'
				},
				{
					goal: 1,
					what: 'Plan vier collegiale lesbezoeken met een kijkwijzer over feedback.',
					ownerId: people.get('teamleider') ?? null,
					dueOn: addDays(today, 60),
					status: 'planned'
				}
			],
			moments: [
				{
					kind: 'start',
					heldOn: addDays(yearStart, 31),
					notes: 'Plan gepresenteerd in de studiedag. Het team koos zelf de twee focusaspecten uit het rapport.'
				},
				{
					kind: 'progress',
					heldOn: addDays(today, -14),
					notes: 'De analyse is besproken. De datamuur loopt achter: de IB-er krijgt er in december tijd voor.'
				}
			],
			comments: [
				{
					authorId: people.get('leraar') ?? '',
					text: 'Fijn dat we de koers nu per bouw uitwerken. Kunnen we in groep 3 beginnen?'
				},
				{
					authorId: people.get('bestuurder') ?? '',
					text: 'Mooi plan. De datamuur van De Wieken kan als voorbeeld dienen; zij hosten graag een bezoek.'
				}
			].filter((c) => c.authorId !== '')
		});
		await db.insert(roundFeedback).values({
			roundId: round.id,
			youSaid:
				'Aan de reflectie deden leraren en de schoolleiding mee. Jullie zien dat we werken aan een gedeelde koers, maar niet iedereen weet wat die voor de eigen groep betekent. Werken met data en feedback zien jullie als ons grootste groeipunt.',
			weWill:
				'Dit schooljaar werken we aan twee dingen: de koers per bouw vertalen naar doelen voor elke groep, en samen kijken naar toetsgegevens en feedback van leerlingen. In de teamvergadering van elke zes weken laten we zien hoe het gaat.',
			publishedAt: new Date(),
			updatedBy: people.get('schoolleider') ?? null
		});
	}
}
