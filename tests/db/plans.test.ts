import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { testContext } from './app-context.ts';
import {
	createBoard,
	createGroup,
	createSchool,
	linkMember
} from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createRound, finishRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { addResponses, seededRandom } from '../../src/lib/server/seed/factories/responses.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { pinnedModel } from '../../src/lib/server/reflection/round-model.ts';
import { executeRows } from '../../src/lib/server/db/client.ts';
import { createPlan } from '../../src/lib/server/use-cases/plans/create-plan.ts';
import { getPlan } from '../../src/lib/server/use-cases/plans/get-plan.ts';
import { getPlanStart } from '../../src/lib/server/use-cases/plans/get-plan-start.ts';
import { saveAction } from '../../src/lib/server/use-cases/plans/save-action.ts';
import { addPlanComment } from '../../src/lib/server/use-cases/plans/add-plan-comment.ts';
import { addMoment } from '../../src/lib/server/use-cases/plans/add-moment.ts';
import { copyPlan } from '../../src/lib/server/use-cases/plans/copy-plan.ts';
import { getPlansOverview } from '../../src/lib/server/use-cases/plans/get-plans-overview.ts';
import { saveRoundFeedback } from '../../src/lib/server/use-cases/plans/save-round-feedback.ts';
import { getRoundFeedback } from '../../src/lib/server/use-cases/plans/get-round-feedback.ts';
import { getPublishedFeedback } from '../../src/lib/server/use-cases/plans/get-published-feedback.ts';
import { sendActionReminders } from '../../src/lib/server/plans/action-reminders.ts';
import { planActions, planGoals, plans, roundLayers } from '../../src/lib/server/db/schema/index.ts';
import { addDays, dutchDate } from '../../src/lib/domain/reflection/round.ts';
import { nextSchoolYear, schoolYearOf } from '../../src/lib/domain/plan/school-year.ts';
import type { Role } from '../../src/lib/domain/organisation/roles.ts';

describeDb('development plans', (ctx) => {
	let app: Awaited<ReturnType<typeof testContext>>;
	beforeAll(async () => {
		app = await testContext(ctx.handle);
		await importShippedModels(ctx.db, 'content/models');
	});
	afterAll(async () => app?.stop());
	const today = dutchDate(new Date());
	const year = schoolYearOf(today);

	/** A board with a school whose round (on a shipped model with five phases) ran last month. */
	async function world() {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const leider = await createUser(ctx.db, { password: null });
		await addMember(ctx.db, leider, school, 'schoolleider');
		const { round } = await createRound(ctx.db, school);
		const model = await pinnedModel(ctx.db, round.modelId, round.modelVersion);
		await addResponses(ctx.db, round, model, 'leraren', 8, {
			random: seededRandom(7),
			around: { koers: 1, 'data-en-feedback': 2 }
		});
		await addResponses(ctx.db, round, model, 'schoolleiding', 5, {
			random: seededRandom(8),
			around: { koers: 3, 'data-en-feedback': 2 }
		});
		await finishRound(ctx.db, round.id, { opensOn: addDays(today, -40), closesOn: addDays(today, -26) });
		return { board, school, leider, round, model };
	}
	const focusForm = (aspects: { id: string; target: number }[], schoolYear = year) => ({
		schoolYear,
		focus: aspects.map((a) => a.id),
		...Object.fromEntries(aspects.map((a) => [`target-${a.id}`, String(a.target)]))
	});

	/** The world, with a plan on the model's first two aspects (target phase 4) and its first goal. */
	async function worldWithPlan() {
		const w = await world();
		const [a, b] = w.model.aspects;
		const { id } = await createPlan(
			ctx.db,
			w.leider.id,
			w.round.id,
			focusForm([
				{ id: a!.id, target: 4 },
				{ id: b!.id, target: 4 }
			])
		);
		const goalId = (await ctx.db.select().from(planGoals).where(eq(planGoals.planId, id)))[0]!.id;
		return { ...w, id, goalId };
	}

	it('turns a report into a plan: focus aspects with the phase from the report and a target above it', async () => {
		const { leider, round, model } = await world();
		const start = await getPlanStart(ctx.db, leider.id, round.id);
		const koers = start.aspects.find((a) => a.id === 'koers')!;
		expect(koers.current).toBeGreaterThanOrEqual(1);
		const [a, b] = model.aspects;
		// A forged current phase is ignored: where the school stands comes from the report.
		const form = {
			...focusForm([
				{ id: a!.id, target: 3 },
				{ id: b!.id, target: 3 }
			]),
			[`current-${a!.id}`]: '2'
		};
		const { id } = await createPlan(ctx.db, leider.id, round.id, form);
		const goals = await ctx.db.select().from(planGoals).where(eq(planGoals.planId, id));
		expect(goals.map((g) => g.aspectId).sort()).toEqual([a!.id, b!.id].sort());
		const aGoal = goals.find((g) => g.aspectId === a!.id)!;
		expect(aGoal.currentLevel).toBe(start.aspects.find((x) => x.id === a!.id)!.current);
		expect(aGoal.targetLevel).toBe(3);

		const plan = await getPlan(ctx.db, leider.id, id);
		expect(plan.goals[0]!.suggestions.actions.length).toBeGreaterThan(0);
		expect(plan.goals[0]!.suggestions.steps.every((s) => s.level > plan.goals[0]!.currentLevel)).toBe(true);
		expect(plan.laterRound).toBeNull();
	});

	it('names the field when the choice is wrong, and allows one plan per school year', async () => {
		const { leider, round, model } = await world();
		const [a, b, c, d] = model.aspects;
		await expect(createPlan(ctx.db, leider.id, round.id, focusForm([{ id: a!.id, target: 3 }]))).rejects.toMatchObject({
			code: 'invalid_input',
			fields: [{ field: 'focus', message: 'focus_count' }]
		});
		const four = [a, b, c, d].map((x) => ({ id: x!.id, target: 4 }));
		await expect(createPlan(ctx.db, leider.id, round.id, focusForm(four))).rejects.toMatchObject({
			fields: [{ field: 'focus', message: 'focus_count' }]
		});
		await expect(
			createPlan(
				ctx.db,
				leider.id,
				round.id,
				focusForm([
					{ id: a!.id, target: 1 },
					{ id: b!.id, target: 4 }
				])
			)
		).rejects.toMatchObject({ fields: [{ field: `target-${a!.id}`, message: 'target_above' }] });
		await expect(
			createPlan(ctx.db, leider.id, round.id, {
				...focusForm([
					{ id: a!.id, target: 4 },
					{ id: b!.id, target: 4 }
				]),
				schoolYear: '2026'
			})
		).rejects.toMatchObject({ fields: [{ field: 'schoolYear', message: 'invalid' }] });
		await createPlan(
			ctx.db,
			leider.id,
			round.id,
			focusForm([
				{ id: a!.id, target: 4 },
				{ id: b!.id, target: 4 }
			])
		);
		await expect(
			createPlan(
				ctx.db,
				leider.id,
				round.id,
				focusForm([
					{ id: c!.id, target: 4 },
					{ id: d!.id, target: 4 }
				])
			)
		).rejects.toMatchObject({ code: 'conflict', fields: [{ field: 'schoolYear', message: 'plan_exists' }] });
		expect(await ctx.db.select().from(plans).where(eq(plans.roundId, round.id))).toHaveLength(1);
	});

	it('lets the school leader edit, the team and the board view and comment, and nobody else in', async () => {
		const { board, school, leider, id, goalId } = await worldWithPlan();
		const otherSchool = await createSchool(ctx.db, board);
		const partnership = await createGroup(ctx.db, 'partnership', 'Partnerschap Test');
		await linkMember(ctx.db, partnership, school);

		const person = async (role: Role, where: { id: string }) => {
			const user = await createUser(ctx.db, { password: null });
			await addMember(ctx.db, user, where, role);
			return user.id;
		};
		const cases: { who: string; id: string | null; view: string; edit: string; comment: string }[] = [
			{ who: 'schoolleider', id: leider.id, view: 'ok', edit: 'ok', comment: 'ok' },
			{ who: 'middenmanager', id: await person('middenmanager', school), view: 'ok', edit: 'forbidden', comment: 'ok' },
			{ who: 'leraar', id: await person('leraar', school), view: 'ok', edit: 'forbidden', comment: 'ok' },
			{ who: 'ondersteuning', id: await person('ondersteuning', school), view: 'ok', edit: 'forbidden', comment: 'ok' },
			{
				who: 'critical friend',
				id: await person('critical-friend', school),
				view: 'ok',
				edit: 'forbidden',
				comment: 'ok'
			},
			{ who: 'bestuurder', id: await person('bestuurder', board), view: 'ok', edit: 'forbidden', comment: 'ok' },
			{
				who: 'kwaliteitsmedewerker',
				id: await person('kwaliteitsmedewerker', board),
				view: 'ok',
				edit: 'forbidden',
				comment: 'ok'
			},
			{
				who: 'leraar elders',
				id: await person('leraar', otherSchool),
				view: 'not_found',
				edit: 'not_found',
				comment: 'not_found'
			},
			// A partnership reads its member schools' plans, and changes nothing.
			{
				who: 'schoolopleider',
				id: await person('schoolopleider', partnership),
				view: 'ok',
				edit: 'forbidden',
				comment: 'forbidden'
			},
			{ who: 'anoniem', id: null, view: 'unauthenticated', edit: 'unauthenticated', comment: 'unauthenticated' }
		];
		const outcome = async (work: () => Promise<unknown>) =>
			work().then(
				() => 'ok',
				(e: { code?: string }) => e.code ?? 'error'
			);
		for (const c of cases) {
			expect([c.who, await outcome(() => getPlan(ctx.db, c.id, id))]).toEqual([c.who, c.view]);
			expect([
				c.who,
				await outcome(() => saveAction(ctx.db, c.id, id, { goalId, what: `Actie van ${c.who}` }))
			]).toEqual([c.who, c.edit]);
			expect([c.who, await outcome(() => addPlanComment(ctx.db, c.id, id, { text: `Reactie van ${c.who}` }))]).toEqual([
				c.who,
				c.comment
			]);
		}
		// Only the school leader's action is in the plan.
		expect((await ctx.db.select().from(planActions).where(eq(planActions.planId, id))).map((a) => a.what)).toEqual([
			'Actie van schoolleider'
		]);

		// The board and the partnership see every school's plans in the overview; a teacher only their school's.
		const bestuurder = cases.find((c) => c.who === 'bestuurder')!.id;
		const overview = await getPlansOverview(ctx.db, bestuurder, board.id, {});
		expect(overview.schools.map((s) => [s.id, s.plans.length])).toEqual(
			expect.arrayContaining([
				[school.id, 1],
				[otherSchool.id, 0]
			])
		);
		const opleider = cases.find((c) => c.who === 'schoolopleider')!.id;
		expect((await getPlansOverview(ctx.db, opleider, partnership.id, {})).schools[0]!.plans).toHaveLength(1);
		const leraar = cases.find((c) => c.who === 'leraar')!.id;
		await expect(getPlansOverview(ctx.db, leraar, board.id, {})).rejects.toMatchObject({ code: 'not_found' });
	});

	it('checks actions: a member of the school as owner, a due date not before the start', async () => {
		const { board, leider, id, goalId } = await worldWithPlan();
		const outsider = await createUser(ctx.db, { password: null });
		await addMember(ctx.db, outsider, board, 'bestuurder');
		await expect(saveAction(ctx.db, leider.id, id, { goalId, what: 'X', ownerId: outsider.id })).rejects.toMatchObject({
			fields: [{ field: 'ownerId', message: 'not_allowed' }]
		});
		await expect(
			saveAction(ctx.db, leider.id, id, { goalId, what: 'X', startsOn: '2027-02-01', dueOn: '2027-01-01' })
		).rejects.toMatchObject({ fields: [{ field: 'dueOn', message: 'due_before_start' }] });
		await expect(saveAction(ctx.db, leider.id, id, { goalId, what: '' })).rejects.toMatchObject({
			fields: [{ field: 'what', message: 'required' }]
		});
		await expect(
			addMoment(ctx.db, leider.id, id, { kind: 'evaluatie', heldOn: today, notes: 'x' })
		).rejects.toMatchObject({
			fields: [{ field: 'kind', message: 'not_allowed' }]
		});
	});

	it('refuses a NUL in a comment and a day that does not exist by name, and keeps what was saved', async () => {
		const { leider, round, model } = await world();
		const [a, b] = model.aspects;
		const { id } = await createPlan(
			ctx.db,
			leider.id,
			round.id,
			focusForm([
				{ id: a!.id, target: 4 },
				{ id: b!.id, target: 4 }
			])
		);
		await addPlanComment(ctx.db, leider.id, id, { text: 'Eerste reactie' });
		await expect(addPlanComment(ctx.db, leider.id, id, { text: 'a\u0000b' })).rejects.toMatchObject({
			fields: [{ field: 'text', message: 'control_character' }]
		});
		for (const heldOn of ['2026-02-31', '0000-01-01'])
			await expect(
				addMoment(ctx.db, leider.id, id, { kind: 'progress', heldOn, notes: 'Voortgang' })
			).rejects.toMatchObject({ fields: [{ field: 'heldOn', message: 'invalid_date' }] });
		const comments = await executeRows(ctx.db, sql`select text from plan_comments where plan_id = ${id}`);
		expect(comments).toEqual([{ text: 'Eerste reactie' }]);
		const moments = await executeRows(ctx.db, sql`select count(*)::int as n from plan_moments where plan_id = ${id}`);
		expect(moments).toEqual([{ n: 0 }]);
	});

	it('shows how the focus aspects moved once a later round on the same model has finished', async () => {
		const { school, leider, round, model } = await world();
		const [a, b] = model.aspects;
		const { id } = await createPlan(
			ctx.db,
			leider.id,
			round.id,
			focusForm([
				{ id: 'koers', target: 3 },
				{ id: b!.id, target: 4 }
			])
		);
		expect(a!.id).toBe('koers');
		const { round: later } = await createRound(ctx.db, school, { modelId: model.id, title: 'Reflectie later' });
		await addResponses(ctx.db, later, model, 'leraren', 8, { random: seededRandom(9), around: { koers: 3 } });
		await addResponses(ctx.db, later, model, 'schoolleiding', 2, { random: seededRandom(10), around: { koers: 3 } });
		await finishRound(ctx.db, later.id, { opensOn: addDays(today, -10), closesOn: addDays(today, -3) });
		const plan = await getPlan(ctx.db, leider.id, id);
		expect(plan.laterRound?.title).toBe('Reflectie later');
		const koers = plan.goals.find((g) => g.aspectId === 'koers')!;
		// Teachers moved up; school leadership had too few answers in the later round and is left out.
		expect(koers.movement?.map((mv) => mv.layer)).toEqual(['leraren']);
		expect(koers.movement![0]!.change).toBeGreaterThan(0);
	});

	it('copies a plan into the next year with its goals and the actions not yet done', async () => {
		const { leider, round, id, goalId } = await worldWithPlan();
		await saveAction(ctx.db, leider.id, id, { goalId, what: 'Klaar', status: 'done' });
		await saveAction(ctx.db, leider.id, id, {
			goalId,
			what: 'Loopt nog',
			status: 'in_progress',
			dueOn: addDays(today, 30)
		});
		const copy = await copyPlan(ctx.db, leider.id, id);
		const [row] = await ctx.db.select().from(plans).where(eq(plans.id, copy.id));
		expect(row).toMatchObject({ schoolYear: nextSchoolYear(year), copiedFrom: id, roundId: round.id });
		const actions = await ctx.db.select().from(planActions).where(eq(planActions.planId, copy.id));
		expect(actions.map((x) => [x.what, x.status, x.dueOn])).toEqual([['Loopt nog', 'planned', null]]);
		await expect(copyPlan(ctx.db, leider.id, id)).rejects.toMatchObject({ code: 'conflict' });
	});

	it('publishes "jullie zeiden — wij gaan" behind the respondent codes only when the school says so', async () => {
		const { leider, round, model } = await worldWithPlan();
		const [a] = model.aspects;
		const [layer] = await ctx.db.select().from(roundLayers).where(eq(roundLayers.roundId, round.id));
		const draft = await getRoundFeedback(ctx.db, leider.id, round.id);
		expect(draft.youSaid).toContain('Leraren');
		expect(draft.weWill).toContain(a!.name);
		await expect(getPublishedFeedback(ctx.db, layer!.code)).rejects.toMatchObject({ code: 'not_found' });
		await saveRoundFeedback(ctx.db, leider.id, round.id, { youSaid: 'Jullie zeiden dit.', weWill: 'Wij gaan dat.' });
		await expect(getPublishedFeedback(ctx.db, layer!.code)).rejects.toMatchObject({ code: 'not_found' });
		await saveRoundFeedback(ctx.db, leider.id, round.id, {
			youSaid: 'Jullie zeiden dit.',
			weWill: 'Wij gaan dat.',
			publish: 'on'
		});
		expect(await getPublishedFeedback(ctx.db, layer!.code)).toMatchObject({
			youSaid: 'Jullie zeiden dit.',
			weWill: 'Wij gaan dat.'
		});
		const leraar = await createUser(ctx.db, { password: null });
		await addMember(ctx.db, leraar, { id: round.organisationId }, 'leraar');
		await expect(
			saveRoundFeedback(ctx.db, leraar.id, round.id, { youSaid: 'x', weWill: 'y', publish: 'on' })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
	});

	it('reminds owners of actions due within a week, once per due date', async () => {
		const { school, leider, id, goalId } = await worldWithPlan();
		const owner = await createUser(ctx.db, { password: null });
		await addMember(ctx.db, owner, school, 'leraar');
		await saveAction(ctx.db, leider.id, id, { goalId, what: 'Bijna', ownerId: owner.id, dueOn: addDays(today, 3) });
		await saveAction(ctx.db, leider.id, id, { goalId, what: 'Later', ownerId: owner.id, dueOn: addDays(today, 30) });
		await saveAction(ctx.db, leider.id, id, {
			goalId,
			what: 'Al klaar',
			ownerId: owner.id,
			dueOn: addDays(today, 2),
			status: 'done'
		});
		const mailsBefore = await mailJobs(owner.email);
		expect(await sendActionReminders(app, today)).toMatchObject({ sent: expect.any(Number) });
		expect(await mailJobs(owner.email)).toBe(mailsBefore + 1);
		await sendActionReminders(app, today);
		expect(await mailJobs(owner.email)).toBe(mailsBefore + 1);
		const [bijna] = await ctx.db.select().from(planActions).where(eq(planActions.what, 'Bijna'));
		expect(bijna!.remindedFor).toBe(addDays(today, 3));
	});

	async function mailJobs(to: string): Promise<number> {
		const [row] = await executeRows(
			ctx.db,
			sql`select count(*)::int as n from pgboss.job where name = 'mail' and data->>'to' = ${to}`
		);
		return Number(row?.n ?? 0);
	}
});
