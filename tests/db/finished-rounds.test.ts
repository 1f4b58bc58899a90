/** The one SQL filter for a finished round agrees with the domain's `roundStatus`, on every boundary. */
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from './harness.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { createRound, finishRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { finishedRoundsOf } from '../../src/lib/server/repositories/finished-rounds.ts';
import { roundsOf } from '../../src/lib/server/repositories/rounds.ts';
import { addDays, dutchDate, roundStatus } from '../../src/lib/domain/reflection/round.ts';

describeDb('finished rounds', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	it('selects exactly the opened rounds whose status is closed, whatever day it is', async () => {
		const today = dutchDate(new Date());
		const school = await createSchool(ctx.db, await createBoard(ctx.db));
		const period = (from: number, to: number) => ({ opensOn: addDays(today, from), closesOn: addDays(today, to) });
		await createRound(ctx.db, school, { title: 'draft, dates past', open: false, ...period(-20, -10) });
		await createRound(ctx.db, school, { title: 'scheduled', ...period(1, 10) });
		await createRound(ctx.db, school, { title: 'open, last day today', ...period(-10, 0) });
		await createRound(ctx.db, school, { title: 'closed by date yesterday', ...period(-10, -1) });
		const { round: byHand } = await createRound(ctx.db, school, { title: 'closed by hand', ...period(-3, 5) });
		await finishRound(ctx.db, byHand.id);

		const all = await roundsOf(ctx.db, school.id);
		for (const day of [addDays(today, -11), addDays(today, -1), today, addDays(today, 1), addDays(today, 11)]) {
			const selected = (await finishedRoundsOf(ctx.db, [school.id], day)).map((r) => r.title).sort();
			const closed = all.filter((r) => r.openedAt !== null && roundStatus(r, day) === 'closed');
			expect(selected, day).toEqual(closed.map((r) => r.title).sort());
		}
		expect((await finishedRoundsOf(ctx.db, [school.id], today)).map((r) => r.title).sort()).toEqual([
			'closed by date yesterday',
			'closed by hand'
		]);
	});
});
