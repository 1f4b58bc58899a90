/**
 * Set-up for `npm run bench:submit` (bench/submit.ts): the database of a run and the limit.
 *
 * - `prepareDatabase` migrates a fresh database, imports the shipped models and a bench-only model
 *   with 25 aspects (so that a round in aspect mode asks exactly 25 questions), and opens two rounds
 *   of one school for the layer `leraren`: one answered through the app, one through the limit.
 * - Run as a script (`node --import tsx bench/submit-setup.ts limit`), this module serves the limit:
 *   a bare `node:http` handler that reads the same form with `URLSearchParams` and runs the very
 *   same one-statement `insertResponse` as the app, without SvelteKit, hooks, code lookup or checks.
 */
import http from 'node:http';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, migrateDatabase, executeRows, type DatabaseHandle } from '../src/lib/server/db/client.ts';
import { importShippedModels } from '../src/lib/server/boot.ts';
import { importModels } from '../src/lib/server/use-cases/models/import-models.ts';
import { insertResponse } from '../src/lib/server/repositories/responses.ts';
import { findRound } from '../src/lib/server/repositories/rounds.ts';
import { hashResumeToken, newResumeToken } from '../src/lib/server/reflection/codes.ts';
import { dutchDate } from '../src/lib/domain/reflection/round.ts';
import { DONT_KNOW, type Answer, type Comment } from '../src/lib/domain/reflection/answers.ts';
import { createBoard, createSchool } from '../src/lib/server/seed/factories/organisations.ts';
import { createRound } from '../src/lib/server/seed/factories/rounds.ts';

export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'pg'; url: string; poolSize: number };
export type RoundRef = { roundId: string; code: string };

export const BENCH_MODEL_ID = 'bench-vijfentwintig-aspecten';
export const ITEMS = 25;
export const LEVELS = 5;
const LAYER = 'leraren' as const;

export function openTarget(target: Target): Promise<DatabaseHandle> {
	return target.kind === 'pglite'
		? openDatabase({ dataDir: target.dataDir })
		: openDatabase({ url: target.url, poolSize: target.poolSize });
}

const aspectId = (i: number) => `aspect-${String(i + 1).padStart(2, '0')}`;

/** A valid model file (JSON is YAML) with 25 aspects on a five-level scale and nothing else. */
export function benchModelText(): string {
	const levels = Array.from({ length: LEVELS }, (_, l) => ({
		key: `niveau-${l + 1}`,
		name: `Niveau ${l + 1}`,
		summary: `De school staat op niveau ${l + 1} van ${LEVELS}.`
	}));
	return JSON.stringify({
		format: 'werkwijzer-model/1',
		kind: 'model',
		id: BENCH_MODEL_ID,
		version: 1,
		language: 'nl',
		title: 'Benchmarkmodel met 25 aspecten',
		description: 'Alleen voor de benchmark van het versturen van reflecties: 25 aspecten op vijf niveaus.',
		source: { credits: 'Gegenereerd door bench/submit-setup.ts.' },
		scaleLabel: { singular: 'niveau', plural: 'niveaus' },
		levels,
		aspects: Array.from({ length: ITEMS }, (_, a) => ({
			id: aspectId(a),
			name: `Aspect ${a + 1}`,
			focus: `De mate waarin de school werkt aan thema ${a + 1}.`,
			levels: levels.map((level, l) => ({
				level: level.key,
				descriptor: `Op thema ${a + 1} laat de school de kenmerken van niveau ${l + 1} zien.`
			}))
		}))
	});
}

/** Migrates, imports the models and opens the two rounds. The caller's database must be empty. */
export async function prepareDatabase(target: Target): Promise<{ app: RoundRef; limit: RoundRef }> {
	const handle = await openTarget(target);
	try {
		await migrateDatabase(handle, 'drizzle');
		const { db } = handle;
		await importShippedModels(db, 'content/models');
		const imported = await importModels(db, [{ name: 'bench-model.json', text: benchModelText() }], 'imported');
		if (!imported.ok) throw new Error(`bench model invalid: ${JSON.stringify(imported.files)}`);
		const board = await createBoard(db, { name: 'Stichting Benchmark' });
		const school = await createSchool(db, board, { name: 'Benchmarkschool' });
		const round = async (title: string): Promise<RoundRef> => {
			const { round, codes } = await createRound(db, school, {
				modelId: BENCH_MODEL_ID,
				mode: 'aspect',
				layers: [LAYER],
				title
			});
			return { roundId: round.id, code: codes[LAYER]! };
		};
		return { app: await round('Benchmark via de app'), limit: await round('Benchmark via de limiet') };
	} finally {
		await handle.close();
	}
}

export type Saved = { responses: number; submitted: number; answers: number; comments: number };

/** What the database holds for a round, to hold against the number of 303s. */
export async function countSaved(target: Target, roundIds: string[]): Promise<Saved[]> {
	const handle = await openTarget(target);
	try {
		const out: Saved[] = [];
		for (const roundId of roundIds) {
			const [row] = await executeRows(
				handle.db,
				sql`select
					(select count(*) from responses where round_id = ${roundId})::int as responses,
					(select count(*) from responses where round_id = ${roundId} and status = 'submitted')::int as submitted,
					(select count(*) from answers a join responses r on r.id = a.response_id
						where r.round_id = ${roundId} and a.level is not null)::int as answers,
					(select count(*) from response_comments c join responses r on r.id = c.response_id
						where r.round_id = ${roundId})::int as comments`
			);
			out.push({
				responses: Number(row?.responses),
				submitted: Number(row?.submitted),
				answers: Number(row?.answers),
				comments: Number(row?.comments)
			});
		}
		return out;
	} finally {
		await handle.close();
	}
}

/** A Dutch comment of about 200 characters. */
export const COMMENT =
	'Wij merken dat de collega’s in de onderbouw al veel samen voorbereiden, maar dat de bovenbouw nog ' +
	'vaak alleen werkt. Graag willen we volgend jaar vaste momenten om bij elkaar in de les te kijken.';

/**
 * `count` different urlencoded forms, each a full reflection: a level (1..5) for each of the 25
 * questions and one comment, as the browser sends them (`q:<item>`, `c:<aspect>`).
 */
export function formBodies(count: number, seed = 1): string[] {
	let state = seed >>> 0 || 1;
	const random = () => {
		// xorshift32: the same bodies in every run
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
	return Array.from({ length: count }, () => {
		const form = new URLSearchParams();
		for (let a = 0; a < ITEMS; a++) form.append(`q:${aspectId(a)}`, String(1 + Math.floor(random() * LEVELS)));
		form.append(`c:${aspectId(Math.floor(random() * ITEMS))}`, COMMENT);
		return form.toString();
	});
}

/** The limit: read the form, build the answers, one `insertResponse`, answer 303. */
async function serveLimit(): Promise<void> {
	const roundId = process.env.BENCH_ROUND_ID;
	const code = process.env.BENCH_CODE;
	if (!roundId || !code) throw new Error('BENCH_ROUND_ID and BENCH_CODE are required');
	const target: Target = process.env.DATABASE_URL
		? { kind: 'pg', url: process.env.DATABASE_URL, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) }
		: { kind: 'pglite', dataDir: process.env.DATA_DIR ?? './data' };
	const handle = await openTarget(target);
	const round = await findRound(handle.db, roundId);
	if (!round) throw new Error(`round ${roundId} not found`);
	let today = dutchDate(new Date());
	const clock = setInterval(() => (today = dutchDate(new Date())), 1000);
	const location = `/r/${code}/bedankt`;

	const server = http.createServer((req, res) => {
		if (req.method === 'GET' && req.url === '/healthz') {
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
			return;
		}
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const answers: Answer[] = [];
			const comments: Comment[] = [];
			for (const [field, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
				if (field.startsWith('q:')) {
					const dontKnow = value === DONT_KNOW;
					answers.push({ item: field.slice(2), level: dontKnow ? null : Number(value), dontKnow, ambition: null });
				} else if (field.startsWith('c:')) {
					comments.push({ aspectId: field.slice(2), text: value.trim() });
				}
			}
			const token = newResumeToken();
			insertResponse(handle.db, {
				roundId,
				layer: LAYER,
				resumeHash: hashResumeToken(token),
				today,
				submit: true,
				answers,
				comments,
				maxPerLayer: round.maxPerLayer
			}).then(
				(id) => {
					if (!id) res.writeHead(409).end();
					else
						res
							.writeHead(303, {
								location,
								'set-cookie': `wsl_antwoord_${code}=${token}; Path=/r; HttpOnly; SameSite=Lax; Max-Age=15552000`
							})
							.end();
				},
				(error: unknown) => {
					console.error(error);
					res.writeHead(500).end();
				}
			);
		});
	});
	const port = Number(process.env.PORT ?? 3000);
	server.listen(port, process.env.HOST ?? '127.0.0.1', () => console.log(`limit: http://127.0.0.1:${port}`));
	const stop = () => {
		clearInterval(clock);
		server.close(() => void handle.close().then(() => process.exit(0)));
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), 5_000).unref();
	};
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'limit') {
	await serveLimit();
}
