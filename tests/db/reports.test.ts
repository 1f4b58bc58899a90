import { beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createRound, finishRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { addResponses, seededRandom } from '../../src/lib/server/seed/factories/responses.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { pinnedModel } from '../../src/lib/server/reflection/round-model.ts';
import { getBoardReport } from '../../src/lib/server/use-cases/reports/get-board-report.ts';
import { getRoundReport } from '../../src/lib/server/use-cases/reports/get-round-report.ts';
import { finishedRoundCounts } from '../../src/lib/server/repositories/round-aggregates.ts';
import { itemCounts } from '../../src/lib/server/repositories/report-counts.ts';
import { roundAggregates, rounds } from '../../src/lib/server/db/schema/index.ts';
import { addDays, dutchDate } from '../../src/lib/domain/reflection/round.ts';
import type { Layer } from '../../src/lib/domain/model/format.ts';

describeDb('reports', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});
	const today = dutchDate(new Date());
	const lastMonth = { opensOn: addDays(today, -40), closesOn: addDays(today, -26) };

	/** A school whose round ran last month, with answers from leaders and teachers. */
	async function schoolWithRound(
		board: Awaited<ReturnType<typeof createBoard>>,
		people: Partial<Record<Layer, number>>,
		seed = 1
	) {
		const school = await createSchool(ctx.db, board);
		const { round } = await createRound(ctx.db, school);
		const model = await pinnedModel(ctx.db, round.modelId, round.modelVersion);
		for (const [layer, n] of Object.entries(people) as [Layer, number][])
			await addResponses(ctx.db, round, model, layer, n, { random: seededRandom(seed) });
		await finishRound(ctx.db, round.id, lastMonth);
		await ctx.db.update(rounds).set({ closedAt: null }).where(eq(rounds.id, round.id));
		return { school, round };
	}

	it('shows a board its schools that meet the threshold, never ranked, and keeps counts of settled rounds', async () => {
		const board = await createBoard(ctx.db);
		const bestuurder = await createUser(ctx.db);
		await addMember(ctx.db, bestuurder, board, 'bestuurder');
		const a = await schoolWithRound(board, { schoolleiding: 5, leraren: 12 }, 1);
		const b = await schoolWithRound(board, { schoolleiding: 2, leraren: 3 }, 2);

		const first = await getBoardReport(ctx.db, bestuurder.id, board.id, {});
		const rows = first.view!.schools;
		expect(rows.find((s) => s.schoolId === a.school.id)).toMatchObject({ shown: true, respondents: 17 });
		// Under the threshold in both layers: listed without a single figure.
		expect(rows.find((s) => s.schoolId === b.school.id)).toMatchObject({ shown: false, respondents: 0, cells: {} });
		expect(first.view!.total.schools).toBe(1);

		// Both rounds' counts were kept, and a second view reads them and shows the same.
		const kept = await ctx.db.select().from(roundAggregates);
		expect(kept.map((k) => k.roundId).sort()).toEqual([a.round.id, b.round.id].sort());
		expect(await getBoardReport(ctx.db, bestuurder.id, board.id, {})).toEqual(first);
	});

	it('counts kept for a round equal counting afresh, and go stale when the round is extended', async () => {
		const board = await createBoard(ctx.db);
		const { round } = await schoolWithRound(board, { leraren: 9 }, 3);
		const fresh = await itemCounts(ctx.db, [round.id]);
		const row = (await ctx.db.select().from(rounds).where(eq(rounds.id, round.id)))[0]!;
		const once = await finishedRoundCounts(ctx.db, [row]);
		const twice = await finishedRoundCounts(ctx.db, [row]);
		const strip = (xs: { layer: string; item: string; level: number | null; count: number }[]) =>
			xs.map((x) => `${x.layer}|${x.item}|${x.level}|${x.count}`).sort();
		expect(strip(once.get(round.id)!.counts)).toEqual(strip(fresh));
		expect(twice.get(round.id)).toEqual(once.get(round.id));
		expect(once.get(round.id)!.respondents).toEqual({ leraren: 9 });

		// Pretend the kept row is wrong: while the round still closes as it did, the kept row is used…
		await ctx.db.execute(sql`update round_aggregates set respondents = '{"leraren": 99}' where round_id = ${round.id}`);
		expect((await finishedRoundCounts(ctx.db, [row])).get(round.id)!.respondents).toEqual({ leraren: 99 });
		// …but once the round's closing changes (extended, then closed again) it is counted afresh.
		await ctx.db
			.update(rounds)
			.set({ closesOn: addDays(today, -2) })
			.where(eq(rounds.id, round.id));
		const moved = (await ctx.db.select().from(rounds).where(eq(rounds.id, round.id)))[0]!;
		expect((await finishedRoundCounts(ctx.db, [moved])).get(round.id)!.respondents).toEqual({ leraren: 9 });
	});

	it('never reads counts kept in the older per-aspect shape: it counts afresh per question and replaces them', async () => {
		const board = await createBoard(ctx.db);
		const { round } = await schoolWithRound(board, { leraren: 6 }, 6);
		const row = (await ctx.db.select().from(rounds).where(eq(rounds.id, round.id)))[0]!;
		await finishedRoundCounts(ctx.db, [row]);
		// Per aspect, indicators summed: answers rather than people (ADR 013). Such a row must not count.
		await ctx.db.execute(
			sql`update round_aggregates set counts = '[["leraren", "koers", 3, 99]]'::jsonb where round_id = ${round.id}`
		);
		const again = (await finishedRoundCounts(ctx.db, [row])).get(round.id)!;
		expect(again.counts.some((c) => c.count === 99)).toBe(false);
		expect(again.counts.reduce((sum, c) => sum + c.count, 0)).toBe(6 * 5);
		const [kept] = await ctx.db.select().from(roundAggregates).where(eq(roundAggregates.roundId, round.id));
		expect(kept!.counts).toMatchObject({ perItem: expect.any(Array) });
	});

	it('does not keep counts of a round that closed only minutes ago', async () => {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const { round } = await createRound(ctx.db, school);
		const model = await pinnedModel(ctx.db, round.modelId, round.modelVersion);
		await addResponses(ctx.db, round, model, 'leraren', 6, { random: seededRandom(4) });
		await finishRound(ctx.db, round.id);
		const row = (await ctx.db.select().from(rounds).where(eq(rounds.id, round.id)))[0]!;
		expect((await finishedRoundCounts(ctx.db, [row])).get(round.id)!.respondents).toEqual({ leraren: 6 });
		expect(await ctx.db.select().from(roundAggregates).where(eq(roundAggregates.roundId, round.id))).toEqual([]);
	});

	it('gives a school report only once a round has finished, and only to its own people', async () => {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const other = await createSchool(ctx.db, board);
		const leraar = await createUser(ctx.db);
		await addMember(ctx.db, leraar, school, 'leraar');
		const stranger = await createUser(ctx.db);
		await addMember(ctx.db, stranger, other, 'leraar');
		const { round } = await createRound(ctx.db, school);
		const model = await pinnedModel(ctx.db, round.modelId, round.modelVersion);
		await addResponses(ctx.db, round, model, 'leraren', 7, { random: seededRandom(5) });

		expect(await getRoundReport(ctx.db, leraar.id, round.id)).toMatchObject({ available: false });
		await finishRound(ctx.db, round.id);
		const report = await getRoundReport(ctx.db, leraar.id, round.id);
		expect(report).toMatchObject({ available: true });
		await expect(getRoundReport(ctx.db, stranger.id, round.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getRoundReport(ctx.db, null, round.id)).rejects.toMatchObject({ code: 'unauthenticated' });
		// A teacher of a school is no board: the board view is not theirs.
		await expect(getBoardReport(ctx.db, leraar.id, board.id, {})).rejects.toMatchObject({ code: 'not_found' });
	});
});
