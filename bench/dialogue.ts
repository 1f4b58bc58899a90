/**
 * `npm run bench:dialogue`: a live team dialogue with 200 simulated participants on two app servers
 * (`node server/index.js`, as built in build/) that share one PostgreSQL database. Target: p95 from a
 * placement to the facilitator's screen under 500 ms — reported, never enforced.
 *
 * The facilitator signs in on server A and follows `/gesprekken/<id>/live` (server-sent events).
 * The participants join through the form (`/g/<code>?/meedoen`), half on server A and half on B, and
 * each keeps its own stream `/g/<code>/live` open, as phones in a real meeting do. Per aspect:
 *
 * 1. Placements: every participant places once (`?/plaatsen`), at a random moment within
 *    BENCH_SPREAD s (`spread`) or all at once (`burst`). Each new placement raises `placed` by one, so
 *    with the placements ordered by the moment they were answered, the one of rank r is on the
 *    facilitator's screen at the first message with placed ≥ r (and not before it was sent); its
 *    latency is that message's arrival minus the moment it was sent.
 * 2. Reveal (`?/onthullen`): the time until each participant's stream says `revealed`.
 * 3. Next aspect (`?/naar`): the time until every screen shows it.
 *
 * Every post must answer 200, the facilitator must finally see `placed` = participants and the
 * database must hold as many placements per aspect; otherwise the benchmark exits with 1.
 *
 * Needs PostgreSQL (two processes share the database; PGlite is single-process): BENCH_DATABASE_URL,
 * in which a database `wsl_bench_dialogue_<pid>` is created and dropped. Without it the benchmark
 * says so and exits 0. Environment: BENCH_PARTICIPANTS (200), BENCH_ROUNDS (`spread,spread,burst`:
 * one aspect each), BENCH_SPREAD (s, 5), BENCH_SEED (1), BENCH_KEEP_DB=1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import process from 'node:process';
import type { LiveView } from '../src/lib/domain/dialogue/dialogue.ts';
import { placementsPerAspect, prepareDialogue, type Prepared } from './dialogue-setup.ts';
import { formHeaders, nextAddress } from './lib/clients.ts';
import { cpuShares, cpuSnapshot, type CpuShares } from './lib/cpu.ts';
import { log, mark } from './lib/output.ts';
import { freePort, interrupted, ROOT, startProcess, stopProcess, waitHealthy, type Started } from './lib/processes.ts';
import { withScratchDatabase } from './lib/scratch-database.ts';

process.chdir(ROOT);

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS || 200);
const ROUNDS = (process.env.BENCH_ROUNDS || 'spread,spread,burst').split(',').map((r) => r.trim());
const SPREAD_MS = Number(process.env.BENCH_SPREAD || 5) * 1000;
const SEED = Number(process.env.BENCH_SEED || 1);
// The model's aspects in its own order: round i places on aspect i.
const ASPECTS = [
	'koers',
	'data-en-feedback',
	'lerende-professional',
	'samen-leren-in-het-team',
	'georganiseerd-leiderschap'
];
const TARGET_P95 = 500;
const NOISE = 10; // % of the machine used by other processes that makes a measurement suspect
const WAIT_MS = 20_000;
const SERVERS = ['A', 'B'] as const;

type Mode = 'spread' | 'burst';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** xorshift32: the same levels and arrival moments in every run. */
function randomSource(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}
const random = randomSource(SEED);

/** The app as deployed behind a proxy, on this run's database. */
function startServer(port: number, databaseUrl: string): Started {
	return startProcess(['server/index.js'], {
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		DATABASE_URL: databaseUrl,
		JOBS: 'off',
		SEED_DEMO: 'never',
		TRUST_PROXY: '1'
	});
}

// ---------------------------------------------------------------------------------------------
// HTTP: form posts as a browser sends them, and server-sent-event streams

type Answer = { status: number; sent: number; answered: number; cookies: string[]; body: string };

async function post(
	origin: string,
	target: string,
	form: Record<string, string>,
	headers: Record<string, string>
): Promise<Answer> {
	const sent = performance.now();
	const res = await fetch(`${origin}${target}`, {
		method: 'POST',
		headers: { ...formHeaders(origin), ...headers },
		body: new URLSearchParams(form).toString(),
		redirect: 'manual'
	});
	const answered = performance.now();
	const body = await res.text();
	return { status: res.status, sent, answered, cookies: res.headers.getSetCookie(), body };
}

/** `name=value` of the cookie `name` among the set-cookie headers. */
function cookieOf(cookies: string[], name: string): string | undefined {
	return cookies
		.map((c) => c.split(';')[0]!.trim())
		.find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);
}

type Seen = { t: number; view: LiveView };

/** One open `text/event-stream`: every message with its moment of arrival. */
class LiveStream {
	readonly seen: Seen[] = [];
	private readonly abort = new AbortController();
	private readonly waiters = new Set<() => void>();
	private ended = false;
	private failure: unknown = null;

	constructor(
		readonly label: string,
		readonly server: number
	) {}

	async open(url: string, headers: Record<string, string>): Promise<void> {
		const res = await fetch(url, {
			headers: { accept: 'text/event-stream', 'x-forwarded-proto': 'http', ...headers },
			signal: this.abort.signal
		});
		const type = res.headers.get('content-type') ?? '';
		if (res.status !== 200 || !type.startsWith('text/event-stream') || !res.body) {
			throw new Error(`${this.label}: GET ${url} answered ${res.status} ${type}: ${(await res.text()).slice(0, 300)}`);
		}
		void this.read(res.body.getReader());
		await this.until(() => true, WAIT_MS, 'a first message');
	}

	private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				const t = performance.now();
				buffer += decoder.decode(value, { stream: true });
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const data = buffer
						.slice(0, end)
						.split('\n')
						.filter((line) => line.startsWith('data:'))
						.map((line) => line.slice(5).trimStart())
						.join('\n');
					buffer = buffer.slice(end + 2);
					if (data) this.seen.push({ t, view: JSON.parse(data) as LiveView });
				}
				for (const wake of this.waiters) wake();
			}
		} catch (error) {
			if (!this.abort.signal.aborted) this.failure = error;
		} finally {
			this.ended = true;
			for (const wake of this.waiters) wake();
		}
	}

	/** The first message (in order of arrival) that matches, waited for up to `timeout` ms. */
	until(match: (view: LiveView) => boolean, timeout: number, what: string): Promise<Seen> {
		const find = () => this.seen.find((s) => match(s.view));
		const now = find();
		if (now) return Promise.resolve(now);
		return new Promise((resolve, reject) => {
			const done = () => {
				clearTimeout(timer);
				this.waiters.delete(wake);
			};
			const wake = () => {
				const found = find();
				if (found) {
					done();
					resolve(found);
				} else if (this.ended) {
					done();
					const why = this.failure ? `: ${String(this.failure)}` : '';
					reject(new Error(`${this.label}: the stream ended before ${what}${why}`));
				}
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`${this.label}: no ${what} within ${timeout} ms`));
			}, timeout);
			this.waiters.add(wake);
		});
	}

	close(): void {
		this.abort.abort();
	}
}

// ---------------------------------------------------------------------------------------------
// Figures

const quantile = (sorted: number[], q: number) =>
	sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

type Stats = { n: number; p50: number; p95: number; p99: number; max: number };
function statsOf(values: number[]): Stats {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		n: sorted.length,
		p50: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		p99: quantile(sorted, 0.99),
		max: sorted.at(-1) ?? NaN
	};
}
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');

type Phase = { cpu: CpuShares; lagP99: number; lagMax: number };

type PlaceResult = {
	index: number;
	aspectId: string;
	mode: Mode;
	perServer: number[];
	ok: number;
	failed: string[];
	toFacilitator: Stats;
	toFacilitatorPerServer: Stats[];
	response: Stats;
	facilitatorMessages: number;
	facilitatorPlaced: number;
	/** The last placement sent, to the screens of all participants (from its send). */
	lastToParticipants: Stats;
	seconds: number;
	phase: Phase;
};

type FanOut = {
	what: string;
	index: number;
	status: number;
	toParticipants: Stats;
	toFacilitator: number;
	phase: Phase;
};

// ---------------------------------------------------------------------------------------------
// The meeting

type Participant = { n: number; server: number; origin: string; cookie: string; address: string; stream: LiveStream };

class Meeting {
	readonly participants: Participant[] = [];
	facilitator!: LiveStream;
	private facilitatorCookie = '';
	private readonly lag = monitorEventLoopDelay({ resolution: 10 });

	constructor(
		private readonly origins: string[],
		private readonly prepared: Prepared,
		private readonly pids: (number | undefined)[]
	) {
		this.lag.enable();
	}

	get code(): string {
		return this.prepared.code;
	}

	/** Through the sign-in form, as a person does (better-auth's own sign-in endpoint is not served). */
	async signIn(): Promise<void> {
		const answer = await post(
			this.origins[0]!,
			'/aanmelden?/wachtwoord',
			{ email: this.prepared.email, password: this.prepared.password, naar: '/start' },
			{ 'x-forwarded-for': nextAddress() }
		);
		const cookie = cookieOf(answer.cookies, 'wsl.session_token');
		if (answer.status !== 303 || !cookie)
			throw new Error(`sign-in answered ${answer.status} without a session cookie: ${answer.body.slice(0, 300)}`);
		this.facilitatorCookie = cookie;
	}

	async openFacilitator(): Promise<void> {
		this.facilitator = new LiveStream('facilitator', 0);
		await this.facilitator.open(`${this.origins[0]}/gesprekken/${this.prepared.sessionId}/live`, {
			cookie: this.facilitatorCookie
		});
	}

	/** Everyone joins (20 at a time), then opens their own stream on their server. */
	async join(count: number): Promise<void> {
		const joinOne = async (n: number): Promise<Participant> => {
			const server = n % this.origins.length;
			const origin = this.origins[server]!;
			const address = nextAddress();
			const layer = n % 10 === 9 ? 'schoolleiding' : 'leraren';
			const answer = await post(origin, `/g/${this.code}?/meedoen`, { layer }, { 'x-forwarded-for': address });
			const cookie = cookieOf(answer.cookies, `wsl_gesprek_${this.code}`);
			if (answer.status !== 200 || !cookie)
				throw new Error(`participant ${n} could not join: ${answer.status} ${answer.body.slice(0, 300)}`);
			const stream = new LiveStream(`participant ${n} (${SERVERS[server]})`, server);
			await stream.open(`${origin}/g/${this.code}/live`, { cookie, 'x-forwarded-for': address });
			return { n, server, origin, cookie, address, stream };
		};
		const queue = Array.from({ length: count }, (_, n) => n);
		await Promise.all(
			Array.from({ length: 20 }, async () => {
				for (let n = queue.shift(); n !== undefined; n = queue.shift()) this.participants.push(await joinOne(n));
			})
		);
		this.participants.sort((a, b) => a.n - b.n);
	}

	private startPhase(): () => Phase {
		const before = cpuSnapshot(this.pids);
		this.lag.reset();
		return () => ({
			cpu: cpuShares(before, cpuSnapshot(this.pids)),
			lagP99: this.lag.percentile(99) / 1e6,
			lagMax: this.lag.max / 1e6
		});
	}

	async place(index: number, mode: Mode): Promise<PlaceResult> {
		const aspectId = this.prepared.aspectIds[index]!;
		const from = this.facilitator.seen.length;
		const end = this.startPhase();
		const start = performance.now() + 50;
		const plan = this.participants.map((p) => ({
			p,
			at: start + (mode === 'burst' ? 0 : random() * SPREAD_MS),
			level: random() < 0.1 ? 'weet-niet' : String(1 + Math.floor(random() * 5))
		}));
		const answers = await Promise.all(
			plan.map(async ({ p, at, level }) => {
				await sleep(at - performance.now());
				const answer = await post(
					p.origin,
					`/g/${this.code}?/plaatsen`,
					{ aspect: aspectId, level },
					{ cookie: p.cookie, 'x-forwarded-for': p.address }
				).catch((error: unknown) => ({ status: 0, sent: NaN, answered: NaN, cookies: [], body: String(error) }));
				return { p, ...answer };
			})
		);
		const seconds = (performance.now() - start) / 1000;
		const failed = answers
			.filter((a) => a.status !== 200)
			.map((a) => `participant ${a.p.n}: ${a.status} ${a.body.slice(0, 200)}`);
		const ok = answers.filter((a) => a.status === 200);
		const count = ok.length;
		await this.facilitator
			.until((v) => v.index === index && v.placed >= count, WAIT_MS, `placed = ${count}`)
			.catch((error: unknown) => failed.push(String(error)));
		const last = plan.reduce((a, b) => (b.at > a.at ? b : a));
		const lastSent = answers.find((a) => a.p === last.p)?.sent ?? NaN;
		const lastSeen = await Promise.all(
			this.participants.map((p) =>
				p.stream
					.until((v) => v.index === index && v.placed >= count, WAIT_MS, `placed = ${count}`)
					.then(
						(s) => s.t - lastSent,
						(error: unknown) => {
							failed.push(String(error));
							return NaN;
						}
					)
			)
		);
		const phase = end();

		// Placement of rank r (by the moment it was answered) is on the first message with placed ≥ r.
		const messages = this.facilitator.seen.slice(from).filter((s) => s.view.index === index);
		ok.sort((a, b) => a.answered - b.answered);
		let m = 0;
		const latencies = ok.map((a, k) => {
			while (m < messages.length && messages[m]!.view.placed < k + 1) m++;
			// …and not before it was sent (answers may come back in another order than the commits).
			const shown = messages.slice(m).find((s) => s.t >= a.sent);
			return { server: a.p.server, ms: shown ? shown.t - a.sent : NaN };
		});
		if (latencies.some((l) => Number.isNaN(l.ms))) failed.push('a placement never reached the facilitator');
		const placing = messages.filter((s) => s.view.stage === 'placing');
		return {
			index,
			aspectId,
			mode,
			perServer: this.origins.map((_, s) => answers.filter((a) => a.p.server === s).length),
			ok: count,
			failed,
			toFacilitator: statsOf(latencies.map((l) => l.ms)),
			toFacilitatorPerServer: this.origins.map((_, s) =>
				statsOf(latencies.filter((l) => l.server === s).map((l) => l.ms))
			),
			response: statsOf(ok.map((a) => a.answered - a.sent)),
			facilitatorMessages: placing.length,
			facilitatorPlaced: this.facilitator.seen.at(-1)?.view.placed ?? 0,
			lastToParticipants: statsOf(lastSeen),
			seconds,
			phase
		};
	}

	/** A facilitator's action, then the time until every screen shows its effect. */
	async steer(
		what: string,
		action: string,
		form: Record<string, string>,
		index: number,
		shows: (view: LiveView) => boolean
	): Promise<FanOut & { failed: string[] }> {
		const end = this.startPhase();
		const failed: string[] = [];
		const answer = await post(this.origins[0]!, `/gesprekken/${this.prepared.sessionId}?/${action}`, form, {
			cookie: this.facilitatorCookie
		});
		if (answer.status !== 200) failed.push(`${what}: ${answer.status} ${answer.body.slice(0, 200)}`);
		const timeOf = (stream: LiveStream) =>
			stream.until(shows, WAIT_MS, what).then(
				(s) => s.t - answer.sent,
				(error: unknown) => {
					failed.push(String(error));
					return NaN;
				}
			);
		const [toFacilitator, ...toParticipants] = await Promise.all([
			timeOf(this.facilitator),
			...this.participants.map((p) => timeOf(p.stream))
		]);
		return {
			what,
			index,
			status: answer.status,
			toParticipants: statsOf(toParticipants),
			toFacilitator: toFacilitator ?? NaN,
			phase: end(),
			failed
		};
	}

	close(): void {
		this.facilitator?.close();
		for (const p of this.participants) p.stream.close();
		this.lag.disable();
	}
}

// ---------------------------------------------------------------------------------------------
// Main

function machine(): string {
	const cpus = os.cpus();
	return (
		`${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}; ` +
		`bench on Node ${process.version}; load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
	);
}

/** The newest modification under `dir` (to tell whether build/ is older than the source). */
function newest(dir: string): number {
	let latest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
	}
	return latest;
}

function checkBuild(): void {
	const handler = path.join(ROOT, 'build', 'handler.js');
	if (!fs.existsSync(handler)) throw new Error('build/handler.js is missing: run `npx vite build` first');
	const built = newest(path.join(ROOT, 'build', 'server'));
	const source = newest(path.join(ROOT, 'src'));
	if (source > built)
		log(`⚠ src/ has changes newer than build/ (${new Date(source).toISOString()}): the servers run the older build`);
}

function phaseLine(label: string, phase: Phase): string {
	const c = phase.cpu;
	return (
		`| ${label} | ${c.servers.map((s) => `${s} %`).join(' | ')} | ${c.postgres} % | ${c.bench} % | ${c.other} % | ` +
		`${c.idle} % | ${ms(phase.lagP99)} / ${ms(phase.lagMax)} |`
	);
}

async function run(databaseUrl: string): Promise<{ ok: boolean; lines: string[] }> {
	const aspects = ASPECTS.slice(0, Math.max(1, Math.min(ROUNDS.length, ASPECTS.length)));
	const prepared = await prepareDialogue(databaseUrl, aspects);
	const ports = await Promise.all(SERVERS.map(() => freePort()));
	const origins = ports.map((p) => `http://127.0.0.1:${p}`);
	const servers: Started[] = [];
	let meeting: Meeting | undefined;
	const errors: string[] = [];
	const places: PlaceResult[] = [];
	const fanouts: FanOut[] = [];
	try {
		for (const port of ports) servers.push(startServer(port, databaseUrl));
		await Promise.all(servers.map((s, i) => waitHealthy(s, origins[i]!)));
		meeting = new Meeting(
			origins,
			prepared,
			servers.map((s) => s.child.pid)
		);
		await meeting.signIn();
		await meeting.openFacilitator();
		const joinStart = performance.now();
		await meeting.join(PARTICIPANTS);
		log(
			`${PARTICIPANTS} participants joined and opened their streams in ${((performance.now() - joinStart) / 1000).toFixed(1)} s ` +
				`(${meeting.participants.filter((p) => p.server === 0).length} on A, ${meeting.participants.filter((p) => p.server === 1).length} on B)`
		);
		await sleep(1000);

		for (const [index, mode] of ROUNDS.entries()) {
			if (interrupted()) throw new Error('interrupted');
			if (mode !== 'spread' && mode !== 'burst') throw new Error(`BENCH_ROUNDS: unknown mode ${mode}`);
			if (index > 0) {
				const goto = await meeting.steer(
					'next aspect',
					'naar',
					{ index: String(index) },
					index,
					(v) => v.index === index
				);
				errors.push(...goto.failed);
				fanouts.push(goto);
				await sleep(500);
			}
			const placed = await meeting.place(index, mode);
			errors.push(...placed.failed);
			places.push(placed);
			log(
				`  aspect ${index + 1} (${placed.aspectId}, ${mode}): ${placed.ok}/${PARTICIPANTS} placed, to the facilitator ` +
					`p50 ${ms(placed.toFacilitator.p50)} p95 ${ms(placed.toFacilitator.p95)} max ${ms(placed.toFacilitator.max)} ms`
			);
			await sleep(500);
			const reveal = await meeting.steer(
				'reveal',
				'onthullen',
				{},
				index,
				(v) => v.index === index && v.stage === 'revealed'
			);
			errors.push(...reveal.failed);
			fanouts.push(reveal);
			log(
				`  reveal: to ${PARTICIPANTS} participants p50 ${ms(reveal.toParticipants.p50)} p95 ${ms(reveal.toParticipants.p95)} ` +
					`max ${ms(reveal.toParticipants.max)} ms`
			);
			await sleep(500);
		}
	} finally {
		meeting?.close();
		await Promise.all(servers.map(stopProcess));
	}
	const inDatabase = await placementsPerAspect(databaseUrl, prepared.sessionId);
	for (const p of places) {
		if (p.ok !== PARTICIPANTS) errors.push(`aspect ${p.aspectId}: ${p.ok} of ${PARTICIPANTS} placements answered 200`);
		if (p.facilitatorPlaced !== PARTICIPANTS)
			errors.push(`aspect ${p.aspectId}: the facilitator last saw placed = ${p.facilitatorPlaced}`);
		if ((inDatabase[p.aspectId] ?? 0) !== PARTICIPANTS)
			errors.push(`aspect ${p.aspectId}: the database holds ${inDatabase[p.aspectId] ?? 0} placements`);
	}

	const lines = [
		`| aspect | arrival | placements A / B | answered 200 | p50 ms | p95 ms | p99 ms | max ms | p95 A / B ms | POST p50 / p95 ms | facilitator messages | p95 < ${TARGET_P95} ms |`,
		'|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|'
	];
	for (const p of places) {
		const t = p.toFacilitator;
		lines.push(
			`| ${p.index + 1} ${p.aspectId} | ${p.mode === 'spread' ? `random within ${SPREAD_MS / 1000} s` : 'all at once'} | ` +
				`${p.perServer.join(' / ')} | ${p.ok} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} | ${ms(t.max)} | ` +
				`${p.toFacilitatorPerServer.map((s) => ms(s.p95)).join(' / ')} | ${ms(p.response.p50)} / ${ms(p.response.p95)} | ` +
				`${p.facilitatorMessages} | ${mark(t.p95 < TARGET_P95)} |`
		);
	}
	lines.push('', `| after | screens | p50 ms | p95 ms | max ms | facilitator ms |`, '|---|---:|---:|---:|---:|---:|');
	for (const p of places) {
		const t = p.lastToParticipants;
		lines.push(
			`| last placement on aspect ${p.index + 1} (${p.mode}) | ${t.n} participants | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | |`
		);
	}
	for (const f of fanouts) {
		const t = f.toParticipants;
		lines.push(
			`| ${f.what} (aspect ${f.index + 1}) | ${t.n} participants | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${ms(f.toFacilitator)} |`
		);
	}
	lines.push(
		'',
		`| phase | CPU server A | CPU server B | PostgreSQL | bench client | other | idle | client event-loop delay p99 / max ms |`,
		'|---|---:|---:|---:|---:|---:|---:|---:|'
	);
	for (const p of places)
		lines.push(phaseLine(`placements aspect ${p.index + 1} (${p.mode}, ${p.seconds.toFixed(1)} s)`, p.phase));
	// (Reveals and moves take tens of milliseconds: too short for the 10 ms ticks of /proc.)
	if (places.some((p) => p.phase.cpu.other > NOISE))
		lines.push('', `⚠ other processes used more than ${NOISE} % of the machine during a round of placements`);
	const total = places.length * PARTICIPANTS;
	const held = Object.values(inDatabase).reduce((a, b) => a + b, 0);
	lines.push(
		'',
		`${mark(errors.length === 0)} ${places.reduce((n, p) => n + p.ok, 0)} of ${total} placements answered 200; ` +
			`database: ${held} placements (${Object.entries(inDatabase)
				.map(([a, n]) => `${a} ${n}`)
				.join(', ')})`
	);
	for (const e of errors.slice(0, 20)) lines.push(`  - ${e}`);
	if (errors.length > 20) lines.push(`  - … and ${errors.length - 20} more`);
	return { ok: errors.length === 0, lines };
}

async function main(): Promise<number> {
	const url = process.env.BENCH_DATABASE_URL;
	if (!url) {
		log(
			'bench:dialogue needs PostgreSQL (two app servers share one database; PGlite is single-process).\n' +
				'Set BENCH_DATABASE_URL to a PostgreSQL database in which the benchmark may create and drop a database, e.g.\n' +
				'  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:dialogue'
		);
		return 0;
	}
	checkBuild();
	log(machine());
	const settings =
		`${PARTICIPANTS} participants on 2 servers (${SERVERS.join(', ')}; the facilitator on A), ` +
		`rounds ${ROUNDS.join(', ')}, seed ${SEED}`;
	log(settings);
	return withScratchDatabase(url, 'dialogue', async (target, version) => {
		const result = await run(target);
		log(`\nPostgreSQL ${version} — ${settings}\n`);
		for (const line of result.lines) log(line);
		log(
			`\nload average after: ${os
				.loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		if (!result.ok) log('\nFAILED: errors or counts that do not match (see above).');
		return result.ok ? 0 : 1;
	});
}

process.exitCode = await main().catch((error: unknown) => {
	console.error(interrupted() ? 'interrupted' : error);
	return 1;
});
