import { expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { seedDemo, DEMO_BOARD_NAME } from '../../src/lib/server/seed/demo.ts';
import {
	organisations,
	organisationLinks,
	planActions,
	plans,
	roundFeedback,
	users,
	inspirationItems,
	inspirationItemSteps
} from '../../src/lib/server/db/schema/index.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { seedDemoReflections } from '../../src/lib/server/seed/demo-reflections.ts';
import { seedDemoPlans } from '../../src/lib/server/seed/demo-plans.ts';
import { DEMO_DIALOGUE_CODE, seedDemoDialogue } from '../../src/lib/server/seed/demo-dialogue.ts';
import { getParticipantPage } from '../../src/lib/server/use-cases/dialogue/get-participant-page.ts';
import { getRoundReport } from '../../src/lib/server/use-cases/reports/get-round-report.ts';
import { BRIN_PATTERN } from '../../src/lib/domain/organisation/types.ts';
import { seedDemoInspiration } from '../../src/lib/server/seed/demo-inspiration.ts';
import { getNextStepInspiration } from '../../src/lib/server/use-cases/inspiration/get-next-step-inspiration.ts';
import { searchInspiration } from '../../src/lib/server/use-cases/inspiration/search-inspiration.ts';
import { getPlan } from '../../src/lib/server/use-cases/plans/get-plan.ts';
import { nextStepsOfPlan, nextStepsOfReport } from '../../src/lib/domain/inspiration/next-step.ts';

describeDb('the demo seed', (ctx) => {
	it('creates a board with three clusters and twenty-one schools, and a partnership across two regions', async () => {
		await ctx.db.transaction((tx) => seedDemo(tx));
		const [board] = await ctx.db.select().from(organisations).where(eq(organisations.name, DEMO_BOARD_NAME));
		expect(board?.kind).toBe('board');
		const children = await ctx.db.select().from(organisations).where(eq(organisations.parentId, board!.id));
		const clusters = children.filter((o) => o.kind === 'cluster');
		const schools = children.filter((o) => o.kind === 'school');
		expect(clusters).toHaveLength(3);
		expect(schools).toHaveLength(21);
		expect(schools.filter((s) => s.sector === 'SBO')).toHaveLength(1);
		expect(schools.filter((s) => s.sector === 'PO')).toHaveLength(20);
		expect(schools.filter((s) => s.clusterId !== null)).toHaveLength(20);
		expect(schools.every((s) => BRIN_PATTERN.test(s.brin ?? '') && s.brin!.startsWith('9'))).toBe(true);

		const [partnership] = await ctx.db.select().from(organisations).where(eq(organisations.kind, 'partnership'));
		const links = await ctx.db.select().from(organisationLinks).where(eq(organisationLinks.groupId, partnership!.id));
		const members = await ctx.db
			.select()
			.from(organisations)
			.where(
				inArray(
					organisations.id,
					links.map((l) => l.memberId)
				)
			);
		expect(members.filter((m) => m.kind === 'institute')).toHaveLength(1);
		const boards = members.filter((m) => m.kind === 'board');
		expect(boards.length).toBeGreaterThanOrEqual(4);
		expect(new Set(boards.map((b) => b.region))).toEqual(new Set(['Regio West', 'Regio Oost']));
		expect(links.filter((l) => l.trainingSchool === 'academische-opleidingsschool').length).toBeGreaterThanOrEqual(1);
		expect(links.filter((l) => l.trainingSchool === 'opleidingsschool').length).toBeGreaterThanOrEqual(2);
		const [sbo] = await ctx.db
			.select()
			.from(organisations)
			.where(and(eq(organisations.sector, 'SBO'), eq(organisations.parentId, board!.id)));
		expect(sbo?.name).toBe('SBO De Wegwijzer');
	});

	it('adds reflections and development plans: the plan of De Regenboog with actions, and its message to respondents', async () => {
		await importShippedModels(ctx.db, 'content/models');
		await seedDemoReflections(ctx.db);
		await seedDemoPlans(ctx.db);
		const [regenboog] = await ctx.db
			.select()
			.from(organisations)
			.where(eq(organisations.name, 'Basisschool De Regenboog'));
		const [plan] = await ctx.db.select().from(plans).where(eq(plans.organisationId, regenboog!.id));
		expect(plan).toBeDefined();
		expect(await ctx.db.select().from(planActions).where(eq(planActions.planId, plan!.id))).toHaveLength(4);
		expect(await ctx.db.select().from(roundFeedback).where(eq(roundFeedback.roundId, plan!.roundId!))).toHaveLength(1);
		expect((await ctx.db.select().from(plans)).length).toBeGreaterThanOrEqual(6);

		// And its team conversations, whose agreements the round's report shows: Koers twice, newest first.
		await seedDemoDialogue(ctx.db);
		const [leader] = await ctx.db.select().from(users).where(eq(users.email, 'schoolleider@regenboog.example'));
		const report = await getRoundReport(ctx.db, leader!.id, plan!.roundId!);
		expect(report.team.aspects.map((a) => [a.aspectId, a.agreements.map((g) => `${g.agreedOn}:${g.level}`)])).toEqual([
			['koers', ['2026-10-08:3', '2026-06-10:2']],
			['samen-leren-in-het-team', ['2026-06-10:3']]
		]);
		// And an open conversation on the open round that anyone can join with the demo code.
		const page = await getParticipantPage(ctx.db, DEMO_DIALOGUE_CODE, null);
		expect(page.live).toMatchObject({ status: 'open', aspectId: 'koers', stage: 'placing', placed: 0 });
	});

	it("adds an inspiration library that the demo school's report and plan find their next steps in", async () => {
		await seedDemoInspiration(ctx.db);
		const items = await ctx.db.select().from(inspirationItems);
		expect(items.length).toBeGreaterThanOrEqual(30);
		expect(new Set(items.map((i) => i.kind)).size).toBe(6);
		const tagged = new Set((await ctx.db.select().from(inspirationItemSteps)).map((s) => s.itemId));
		expect(items.every((i) => tagged.has(i.id))).toBe(true);

		const [leader] = await ctx.db.select().from(users).where(eq(users.email, 'schoolleider@regenboog.example'));
		const [regenboog] = await ctx.db
			.select()
			.from(organisations)
			.where(eq(organisations.name, 'Basisschool De Regenboog'));
		const [plan] = await ctx.db.select().from(plans).where(eq(plans.organisationId, regenboog!.id));
		const report = await getRoundReport(ctx.db, leader!.id, plan!.roundId!);
		if (!report.available) throw new Error('the demo round of De Regenboog has finished');
		const steps = nextStepsOfReport(report.report, report.model.levels.length);
		expect(steps.length).toBeGreaterThan(0);
		const fromReport = await getNextStepInspiration(ctx.db, leader!.id, { modelId: report.model.id, steps });
		expect(fromReport.length).toBeGreaterThan(0);
		const planPage = await getPlan(ctx.db, leader!.id, plan!.id);
		const fromPlan = await getNextStepInspiration(ctx.db, leader!.id, {
			modelId: planPage.model.id,
			steps: nextStepsOfPlan(planPage.goals, planPage.model.levels.length)
		});
		expect(fromPlan.length).toBeGreaterThan(0);
		// a visitor finds the public library by a Dutch word without its diacritics
		const found = await searchInspiration(ctx.db, null, new URLSearchParams('q=coordinator'));
		expect(found.total).toBeGreaterThan(0);
	});
});
