/**
 * `npm run bench:report` — the board view over a generated board of 100 schools × 40 respondents ×
 * 25 aspects (100,000 answers), timed against one hand-written SQL GROUP BY over the same data in the
 * same run. Targets (issue 5, on PostgreSQL): board view p95 under 100 ms and at most 1.5× the SQL.
 * Runs on PostgreSQL when BENCH_DATABASE_URL is set (a database it may create and drop one in), and
 * always on PGlite for comparison.
 */
import { sql } from 'drizzle-orm';
import { openDatabase, migrateDatabase, executeRows, type DatabaseHandle } from '../src/lib/server/db/client.ts';
import { importModels } from '../src/lib/server/use-cases/models/import-models.ts';
import { getBoardReport } from '../src/lib/server/use-cases/reports/get-board-report.ts';
import { createBoard, createSchool } from '../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../src/lib/server/seed/factories/users.ts';
import { createRound, finishRound } from '../src/lib/server/seed/factories/rounds.ts';
import { addDays, dutchDate } from '../src/lib/domain/reflection/round.ts';
import { withScratchDatabase } from './lib/scratch-database.ts';

const today = dutchDate(new Date());

const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 100);
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 40);
const ASPECTS = 25;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function benchModel(): string {
	const levels = [1, 2, 3, 4, 5].map((n) => ({
		key: `niveau-${n}`,
		name: `Niveau ${n}`,
		summary: `Samenvatting van niveau ${n}.`
	}));
	const aspects = Array.from({ length: ASPECTS }, (_, a) => ({
		id: `aspect-${a + 1}`,
		name: `Aspect ${a + 1}`,
		focus: `De mate waarin aspect ${a + 1} in de school zichtbaar is.`,
		levels: levels.map((l) => ({ level: l.key, descriptor: `Aspect ${a + 1} op ${l.name.toLowerCase()}.` }))
	}));
	return JSON.stringify({
		format: 'werkwijzer-model/1',
		kind: 'model',
		id: 'bench-25-aspecten',
		version: 1,
		language: 'nl',
		title: 'Benchmarkmodel met 25 aspecten',
		description: 'Alleen voor de benchmark.',
		source: { credits: 'Gegenereerd.' },
		scaleLabel: { singular: 'niveau', plural: 'niveaus' },
		levels,
		aspects
	});
}

async function setUp(handle: DatabaseHandle) {
	const { db } = handle;
	await migrateDatabase(handle, 'drizzle');
	const imported = await importModels(db, [{ name: 'bench.json', text: benchModel() }], 'imported');
	if (!imported.ok) throw new Error('bench model invalid');
	const board = await createBoard(db, { name: 'Benchbestuur' });
	const bestuurder = await createUser(db);
	await addMember(db, bestuurder, board, 'bestuurder');
	const roundIds: string[] = [];
	for (let s = 0; s < SCHOOLS; s++) {
		const school = await createSchool(db, board, { name: `School ${String(s + 1).padStart(3, '0')}` });
		const { round } = await createRound(db, school, {
			modelId: 'bench-25-aspecten',
			layers: ['schoolleiding', 'leraren']
		});
		roundIds.push(round.id);
	}
	// Generated in SQL: 40 submitted responses per school (5 leaders, 35 teachers), 25 answers each.
	await db.execute(sql`
		insert into responses (round_id, layer, status, resume_hash, started_on, updated_on, submitted_on)
		select r.id, case when g <= 5 then 'schoolleiding' else 'leraren' end, 'submitted', md5(r.id::text || g), current_date, current_date, current_date
		from rounds r, generate_series(1, ${RESPONDENTS}) g where r.model_id = 'bench-25-aspecten'`);
	await db.execute(sql`
		insert into answers (response_id, item, level, dont_know, ambition)
		select p.id, 'aspect-' || a, 1 + (abs(hashtext(p.id::text || a)) % 5), false, null
		from responses p join rounds r on r.id = p.round_id, generate_series(1, ${ASPECTS}) a where r.model_id = 'bench-25-aspecten'`);
	// The rounds ran last month and closed on their closing date, as a board's rounds do by the time
	// the board looks across its schools.
	for (const id of roundIds) await finishRound(db, id, { opensOn: addDays(today, -40), closesOn: addDays(today, -26) });
	await db.execute(sql`update rounds set closed_at = null where model_id = 'bench-25-aspecten'`);
	return { boardId: board.id, actorId: bestuurder.id, roundIds };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
	for (let i = 0; i < 10; i++) await fn();
	const out: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await fn();
		out.push(performance.now() - t);
	}
	return out.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function run(label: string, handle: DatabaseHandle): Promise<boolean> {
	const started = performance.now();
	const { boardId, actorId, roundIds } = await setUp(handle);
	const [count] = await executeRows(handle.db, sql`select count(*)::int as n from answers`);
	console.log(
		`${label}: generated ${SCHOOLS} schools × ${RESPONDENTS} respondents × ${ASPECTS} aspects = ${count?.n} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
	const view = await getBoardReport(handle.db, actorId, boardId, { modelId: 'bench-25-aspecten' });
	if (view.view?.schools.filter((s) => s.shown).length !== SCHOOLS)
		throw new Error('the board view does not show every school');
	const open = () => getBoardReport(handle.db, actorId, boardId, { modelId: 'bench-25-aspecten' });
	// The first view after the rounds closed counts every round and keeps the counts (ADR 008).
	const first: number[] = [];
	for (let i = 0; i < 20; i++) {
		await handle.db.execute(sql`delete from round_aggregates`);
		const t = performance.now();
		await open();
		first.push(performance.now() - t);
	}
	first.sort((a, b) => a - b);
	const board = await time(open);
	const groupBy = await time(() =>
		handle.db.execute(sql`
			select r.round_id, r.layer, a.item, a.level, count(*) from answers a join responses r on r.id = a.response_id
			where r.round_id in ${roundIds} and r.status = 'submitted' group by r.round_id, r.layer, a.item, a.level`)
	);
	const ratio = pct(board, 0.95) / pct(groupBy, 0.95);
	const ok = pct(board, 0.95) < 100 && ratio <= 1.5;
	console.log(
		`${label.padEnd(10)} board view   p50 ${pct(board, 0.5).toFixed(1)} ms  p95 ${pct(board, 0.95).toFixed(1)} ms  (${RUNS} runs)`
	);
	console.log(
		`${label.padEnd(10)} first view   p50 ${pct(first, 0.5).toFixed(1)} ms  p95 ${pct(first, 0.95).toFixed(1)} ms  (counting all ${SCHOOLS} rounds, 20 runs)`
	);
	console.log(
		`${label.padEnd(10)} SQL GROUP BY p50 ${pct(groupBy, 0.5).toFixed(1)} ms  p95 ${pct(groupBy, 0.95).toFixed(1)} ms`
	);
	console.log(
		`${label.padEnd(10)} ratio p95 ${ratio.toFixed(2)}× — targets p95 < 100 ms and ≤ 1.5×: ${ok ? '✓' : '✗'}`
	);
	await handle.close();
	return ok;
}

if (!process.env.BENCH_SKIP_PGLITE) await run('PGlite', await openDatabase({ memory: true }));
const url = process.env.BENCH_DATABASE_URL;
if (url) {
	await withScratchDatabase(url, 'report', async (target) => run('PostgreSQL', await openDatabase({ url: target })));
} else {
	console.log('(set BENCH_DATABASE_URL to measure PostgreSQL, where the targets apply)');
}
