/**
 * `npm run bench:search` — the inspiration library's search over 50,000 generated items with titles,
 * bodies, themes, sectors, regions and model steps. Each search is the whole use-case as the page
 * runs it (hits, facet counts, names). Targets (issue 13): p95 under 50 ms on PostgreSQL and under
 * 150 ms on PGlite; the next-step suggestions of a report page add under 10 ms p95.
 * Runs on PostgreSQL when BENCH_DATABASE_URL is set, and always on PGlite.
 */
import { sql } from 'drizzle-orm';
import { openDatabase, migrateDatabase, executeRows, type DatabaseHandle } from '../src/lib/server/db/client.ts';
import { importShippedModels } from '../src/lib/server/boot.ts';
import { searchInspiration } from '../src/lib/server/use-cases/inspiration/search-inspiration.ts';
import { getNextStepInspiration } from '../src/lib/server/use-cases/inspiration/get-next-step-inspiration.ts';
import { upsertThemes } from '../src/lib/server/repositories/inspiration-items.ts';
import { createBoard } from '../src/lib/server/seed/factories/organisations.ts';
import { withScratchDatabase } from './lib/scratch-database.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const LONG_TAIL = 20_000;

// Education words from the most to the least frequent: drawn with a Zipf-like distribution (the
// k-th word about 1/k as often as the first), as words are in real text.
const WORDS = `school leerlingen leraren team kinderen onderwijs ouders doelen gesprek praktijk ervaring
	resultaat aanpak samen leren cultuur vertrouwen eigenaarschap feedback data koers leiderschap
	bestuur cluster netwerk regio evaluatie verbetering onderzoek begeleiding studenten stage
	klassenbezoek instrument voorbeeld portret verdieping kwaliteitskaart rekenen lezen begrijpend
	professionele leergemeenschap startende passend kansengelijkheid werkdruk opleidingsschool
	partnerschap opleiden consultatie collegiale visitatie visitaties intern begeleider coördinator
	broedplaats`
	.split(/\s+/)
	.filter(Boolean);
const THEMES = [
	'begrijpend-lezen',
	'passend-onderwijs',
	'startende-leraren',
	'collegiale-visitatie',
	'samen-opleiden',
	'werkdruk',
	'leiderschap',
	'data-en-feedback'
];
const SEARCHES = [
	'q=school',
	'q=visitatie',
	'q=begrijpend+lezen',
	'q=coordinator+begeleiding',
	'q=samen+opleiden+-werkdruk',
	'q=begrijpent+lezen',
	'sector=PO&regio=Limburg',
	'q=leraren&sector=VO&thema=startende-leraren',
	'q=feedback&model=werkwijzer-samen-leren&aspect=koers&fase=2',
	'sorteer=nieuwste'
];

async function setUp(handle: DatabaseHandle) {
	const { db } = handle;
	await migrateDatabase(handle, 'drizzle');
	await importShippedModels(db, 'content/models');
	await upsertThemes(
		db,
		THEMES.map((id) => ({ id, label: id.replace(/-/g, ' ') }))
	);
	const boards = await Promise.all(
		Array.from({ length: 20 }, (_, i) => createBoard(db, { name: `Benchbestuur ${i}` }))
	);
	const words = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);
	const themes = sql.raw(`array[${THEMES.map((w) => `'${w}'`).join(',')}]`);
	const boardIds = sql.raw(`array[${boards.map((b) => `'${b.id}'::uuid`).join(',')}]`);
	// Generated in SQL: titles of four education words; bodies of ninety, one in eight an education
	// word and the rest from a long tail of rarer words (both Zipf-like); one or two themes, a sector,
	// a region.
	await db.execute(sql`
		insert into inspiration_items (organisation_id, kind, status, visibility, title, summary, body, sectors, themes, region, licence, tag_text, published_at)
		select (${boardIds})[1 + g % 20],
			(array['goed-voorbeeld','goede-aanpak','netwerkportret','kwaliteitskaart','tool','verdieping'])[1 + g % 6],
			'published', (array['public','public','public','members','organisation'])[1 + g % 5],
			initcap(t.words), 'Samenvatting ' || t.words,
			(select string_agg(case when w % 8 = 0 then (${words})[least(${WORDS.length}, floor(pow(${WORDS.length + 1}, abs(hashtext(g::text || ':' || w))::float / 2147483648)))::int]
				else 'woord' || (1 + floor(pow(abs(hashtext(g::text || ':' || w))::float / 2147483648, 2) * ${LONG_TAIL}))::int end, ' ')
				from generate_series(1, 90) w),
			array[(array['PO','VO','SO','MBO','SBO'])[1 + g % 5]],
			array[(${themes})[1 + g % ${THEMES.length}], (${themes})[1 + (g / 7) % ${THEMES.length}]],
			(array['Limburg','Noord-Brabant','Utrecht','Gelderland','Zuid-Holland','Groningen'])[1 + g % 6],
			'CC BY 4.0', (${themes})[1 + g % ${THEMES.length}], now() - (g || ' minutes')::interval
		from generate_series(1, ${ITEMS}) g,
			lateral (select string_agg((${words})[least(${WORDS.length}, floor(pow(${WORDS.length + 1}, abs(hashtext(g::text || '/' || w))::float / 2147483648)))::int], ' ') as words from generate_series(1, 4) w) t`);
	await db.execute(sql`
		insert into inspiration_item_steps (item_id, model_id, aspect_id, from_level, to_level)
		select i.id, 'werkwijzer-samen-leren', (array['koers','werken-met-data','lerende-professionals','leidinggeven-aan-leren'])[1 + abs(hashtext(i.id::text)) % 4],
			1 + abs(hashtext(i.id::text || 'f')) % 2, 2 + abs(hashtext(i.id::text || 'f')) % 2
		from inspiration_items i`);
	await db.execute(sql`analyze`);
}

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
	for (let i = 0; i < 5; i++) await fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn();
		out.push(performance.now() - t);
	}
	return out.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function run(label: string, handle: DatabaseHandle, target: number): Promise<boolean> {
	const started = performance.now();
	await setUp(handle);
	const [count] = await executeRows(handle.db, sql`select count(*)::int as n from inspiration_items`);
	console.log(`${label}: generated ${count?.n} items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const all: number[] = [];
	for (const search of SEARCHES) {
		const params = new URLSearchParams(search);
		const result = await searchInspiration(handle.db, null, params);
		const times = await time(() => searchInspiration(handle.db, null, params));
		all.push(...times);
		console.log(
			`${label.padEnd(10)} ${search.padEnd(58)} ${String(result.total).padStart(6)} hits  p50 ${pct(times, 0.5).toFixed(1)} ms  p95 ${pct(times, 0.95).toFixed(1)} ms`
		);
	}
	all.sort((a, b) => a - b);
	const steps = [
		{ aspectId: 'koers', aspectName: 'Koers', current: 2 },
		{ aspectId: 'werken-met-data', aspectName: 'Werken met data', current: 1 },
		{ aspectId: 'leidinggeven-aan-leren', aspectName: 'Leidinggeven aan leren', current: 2 }
	];
	const next = await time(
		() => getNextStepInspiration(handle.db, null, { modelId: 'werkwijzer-samen-leren', steps }),
		RUNS * 5
	);
	const ok = pct(all, 0.95) < target && pct(next, 0.95) < 10;
	console.log(
		`${label.padEnd(10)} every search          p50 ${pct(all, 0.5).toFixed(1)} ms  p95 ${pct(all, 0.95).toFixed(1)} ms — target < ${target} ms`
	);
	console.log(
		`${label.padEnd(10)} next-step suggestions p50 ${pct(next, 0.5).toFixed(1)} ms  p95 ${pct(next, 0.95).toFixed(1)} ms — target < 10 ms: ${ok ? '✓' : '✗'}`
	);
	await handle.close();
	return ok;
}

if (!process.env.BENCH_SKIP_PGLITE) await run('PGlite', await openDatabase({ memory: true }), 150);
const url = process.env.BENCH_DATABASE_URL;
if (url) {
	await withScratchDatabase(url, 'search', async (target) =>
		run('PostgreSQL', await openDatabase({ url: target }), 50)
	);
} else {
	console.log('(set BENCH_DATABASE_URL to measure PostgreSQL as well)');
}
