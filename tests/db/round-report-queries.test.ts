/**
 * How much work one round report costs the database: the statements it sends, counted at the driver.
 * A report with earlier rounds (the trend) and a sector benchmark must not grow with the number of
 * earlier rounds (issue 12: the organisation is read once and earlier rounds come from one query).
 */
import { beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import type { DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createRound, finishRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { addResponses, seededRandom } from '../../src/lib/server/seed/factories/responses.ts';
import { rounds } from '../../src/lib/server/db/schema/index.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { pinnedModel } from '../../src/lib/server/reflection/round-model.ts';
import { getRoundReport } from '../../src/lib/server/use-cases/reports/get-round-report.ts';
import { addDays, dutchDate } from '../../src/lib/domain/reflection/round.ts';

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)/i;

/** Counts the statements sent through the handle while `counting` is on; transaction control aside. */
function statementCounter(handle: DatabaseHandle) {
	let counting = false;
	let statements = 0;
	const count = (text: unknown) => {
		const sql = typeof text === 'string' ? text : String((text as { text?: unknown })?.text ?? '');
		if (counting && !TRANSACTION_CONTROL.test(sql)) statements++;
	};
	if (handle.driver === 'pglite') {
		const client = handle.client;
		const query = client.query.bind(client);
		client.query = ((text: string, ...rest: never[]) => (count(text), query(text, ...rest))) as typeof client.query;
		const transaction = client.transaction.bind(client);
		client.transaction = ((body: (tx: { query: typeof client.query }) => Promise<unknown>) =>
			transaction((tx) => {
				const txQuery = tx.query.bind(tx);
				tx.query = ((text: string, ...rest: never[]) => (count(text), txQuery(text, ...rest))) as typeof tx.query;
				return body(tx);
			})) as typeof client.transaction;
	} else {
		const wrapped = new WeakSet<object>();
		handle.pool.on('acquire', (client) => {
			if (wrapped.has(client)) return;
			wrapped.add(client);
			const query = client.query.bind(client) as (...args: unknown[]) => unknown;
			(client as { query: unknown }).query = (...args: unknown[]) => (count(args[0]), query(...args));
		});
	}
	return async <T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> => {
		statements = 0;
		counting = true;
		try {
			return { result: await work(), statements };
		} finally {
			counting = false;
		}
	};
}

describeDb('round report queries', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	it('issues a fixed, small number of statements, however many earlier rounds there are', async () => {
		const today = dutchDate(new Date());
		const board = await createBoard(ctx.db);
		const leader = await createUser(ctx.db);
		const school = await createSchool(ctx.db, board);
		await addMember(ctx.db, leader, school, 'schoolleider');
		/** A round of this school or another, answered and finished `monthsAgo` months ago. */
		async function finished(org: { id: string }, monthsAgo: number, seed: number) {
			const { round } = await createRound(ctx.db, org);
			const model = await pinnedModel(ctx.db, round.modelId, round.modelVersion);
			await addResponses(ctx.db, round, model, 'leraren', 6, { random: seededRandom(seed) });
			await addResponses(ctx.db, round, model, 'schoolleiding', 5, { random: seededRandom(seed + 1) });
			const closesOn = addDays(today, -30 * monthsAgo);
			await finishRound(ctx.db, round.id, { opensOn: addDays(closesOn, -14), closesOn });
			// Closed by its date, long enough ago for its counts to be settled and kept.
			await ctx.db.update(rounds).set({ closedAt: null }).where(eq(rounds.id, round.id));
			return round;
		}
		for (let i = 0; i < 5; i++) await finished(await createSchool(ctx.db, board), 1, 10 + i);
		for (const monthsAgo of [12, 9, 6]) await finished(school, monthsAgo, monthsAgo);
		const current = await finished(school, 1, 99);

		const measure = statementCounter(ctx.handle);
		// The first view keeps the counts of finished rounds; every later view reads them.
		const first = await measure(() => getRoundReport(ctx.db, leader.id, current.id));
		const again = await measure(() => getRoundReport(ctx.db, leader.id, current.id));
		expect(again.result).toEqual(first.result);
		if (!again.result.available) throw new Error('the report should be available');
		expect(again.result.trend).toHaveLength(3);
		expect(again.result.benchmark).not.toBeNull();
		console.info(
			`round report [${ctx.driver}]: first view ${first.statements}, later view ${again.statements} statements`
		);
		// Before issue 12 a later view took 32 statements here (the trend rebuilt each earlier round's report).
		expect(again.statements).toBe(17);
		expect(first.statements).toBe(23);

		// One more earlier round costs no statement more.
		await finished(school, 15, 15);
		await measure(() => getRoundReport(ctx.db, leader.id, current.id));
		const more = await measure(() => getRoundReport(ctx.db, leader.id, current.id));
		if (!more.result.available) throw new Error('the report should be available');
		expect(more.result.trend).toHaveLength(4);
		expect(more.statements).toBe(again.statements);
	});
});
