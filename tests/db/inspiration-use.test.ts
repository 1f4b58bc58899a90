import { beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createItem } from '../../src/lib/server/seed/factories/inspiration.ts';
import { planMadeScenario } from '../../src/lib/server/seed/factories/scenarios.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { setItemSaved } from '../../src/lib/server/use-cases/inspiration/set-item-saved.ts';
import { listSavedItems } from '../../src/lib/server/use-cases/inspiration/list-saved-items.ts';
import { getInspirationItem } from '../../src/lib/server/use-cases/inspiration/get-inspiration-item.ts';
import { addPlanActionSource } from '../../src/lib/server/use-cases/plans/add-action-source.ts';
import { removePlanActionSource } from '../../src/lib/server/use-cases/plans/remove-action-source.ts';
import { getPlan } from '../../src/lib/server/use-cases/plans/get-plan.ts';
import { copyPlan } from '../../src/lib/server/use-cases/plans/copy-plan.ts';
import { inspirationItems, inspirationSaved, planActionSources } from '../../src/lib/server/db/schema/index.ts';
import { AppError } from '../../src/lib/domain/errors.ts';

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

const getItemSaved = async (db: Parameters<typeof getInspirationItem>[0], userId: string | null, id: string) =>
	(await getInspirationItem(db, userId, id)).saved;

describeDb('saved inspiration and the sources of plan actions', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	it('keeps a person’s own list of saved items, only of items they may read, and no one else’s', async () => {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const other = await createBoard(ctx.db);
		const reader = await createUser(ctx.db);
		await addMember(ctx.db, reader, school, 'leraar');
		const neighbour = await createUser(ctx.db);
		const open = await createItem(ctx.db, board, { title: 'Open voorbeeld' });
		const internal = await createItem(ctx.db, board, { title: 'Binnen het bestuur', visibility: 'organisation' });
		const foreign = await createItem(ctx.db, other, { title: 'Van een ander bestuur', visibility: 'organisation' });
		const draft = await createItem(ctx.db, board, { title: 'Nog een concept', status: 'draft' });

		expect(await getItemSaved(ctx.db, null, open.id)).toBeNull();
		await expect(setItemSaved(ctx.db, null, open.id, true)).rejects.toSatisfy((e) => code(e) === 'unauthenticated');
		await setItemSaved(ctx.db, reader.id, open.id, true);
		await setItemSaved(ctx.db, reader.id, open.id, true); // twice changes nothing
		await setItemSaved(ctx.db, reader.id, internal.id, true);
		for (const id of [foreign.id, draft.id, 'geen-uuid', '00000000-0000-4000-8000-000000000000'])
			await expect(setItemSaved(ctx.db, reader.id, id, true)).rejects.toSatisfy((e) => code(e) === 'not_found');

		expect((await listSavedItems(ctx.db, reader.id)).map((i) => i.title).sort()).toEqual(
			['Binnen het bestuur', 'Open voorbeeld'].sort()
		);
		expect(await getItemSaved(ctx.db, reader.id, open.id)).toBe(true);
		expect(await getItemSaved(ctx.db, neighbour.id, open.id)).toBe(false);
		expect(await listSavedItems(ctx.db, neighbour.id)).toEqual([]);

		// Archived: gone from the list, back when it comes back; taking it off always works.
		await ctx.db.update(inspirationItems).set({ status: 'archived' }).where(eq(inspirationItems.id, open.id));
		expect((await listSavedItems(ctx.db, reader.id)).map((i) => i.title)).toEqual(['Binnen het bestuur']);
		await setItemSaved(ctx.db, reader.id, open.id, false);
		const rows = await ctx.db.select().from(inspirationSaved).where(eq(inspirationSaved.userId, reader.id));
		expect(rows.map((r) => r.itemId)).toEqual([internal.id]);
	});

	it('names items as sources of a plan’s actions, for its writer only, shows and copies them', async () => {
		const world = await planMadeScenario(ctx.db);
		const leader = world.people.schoolleider.id;
		const plan = await getPlan(ctx.db, leader, world.planId);
		const action = plan.goals[0]!.actions[0]!;
		const item = await createItem(ctx.db, world.board, { title: 'Koers samen maken' });
		const foreign = await createItem(ctx.db, await createBoard(ctx.db), { visibility: 'organisation' });
		const input = { actionId: action.id, itemId: item.id };

		await addPlanActionSource(ctx.db, leader, world.planId, input);
		await addPlanActionSource(ctx.db, leader, world.planId, input);
		await expect(addPlanActionSource(ctx.db, world.people.leraar.id, world.planId, input)).rejects.toSatisfy(
			(e) => code(e) === 'forbidden'
		);
		const fields = async (p: Promise<unknown>) =>
			p.then(
				() => [],
				(e: unknown) => (e instanceof AppError ? e.fields.map((f) => f.field) : [String(e)])
			);
		expect(await fields(addPlanActionSource(ctx.db, leader, world.planId, { ...input, itemId: foreign.id }))).toEqual([
			'itemId'
		]);
		// An action of another plan is not this plan's to change.
		const elsewhere = await planMadeScenario(ctx.db);
		const theirs = (await getPlan(ctx.db, elsewhere.people.schoolleider.id, elsewhere.planId)).goals[0]!.actions[0]!;
		expect(await fields(addPlanActionSource(ctx.db, leader, world.planId, { ...input, actionId: theirs.id }))).toEqual([
			'actionId'
		]);
		expect(await fields(addPlanActionSource(ctx.db, leader, world.planId, { actionId: 'x', itemId: '' }))).toEqual([
			'actionId',
			'itemId'
		]);

		// The team sees the source with the action.
		const seen = await getPlan(ctx.db, world.people.leraar.id, world.planId);
		expect(seen.goals[0]!.actions[0]!.sources).toEqual([{ id: item.id, title: 'Koers samen maken' }]);

		// A copy into next year carries the open action with its source.
		const copy = await copyPlan(ctx.db, leader, world.planId);
		const copied = await getPlan(ctx.db, leader, copy.id);
		expect(copied.goals[0]!.actions[0]!.sources.map((s) => s.id)).toEqual([item.id]);

		await removePlanActionSource(ctx.db, leader, world.planId, input);
		expect((await getPlan(ctx.db, leader, world.planId)).goals[0]!.actions[0]!.sources).toEqual([]);
		const rows = await ctx.db.select().from(planActionSources).where(eq(planActionSources.actionId, action.id));
		expect(rows).toEqual([]);
	});
});
