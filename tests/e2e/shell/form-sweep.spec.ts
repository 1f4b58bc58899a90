/**
 * Bad input against every form action and POST endpoint of the app (issue 11, fault 12): NUL and other
 * control characters in each text field, impossible dates in each date field, a `text/plain` or JSON
 * body and a cut-off multipart body. None may give a server error, and none may write a row: the
 * whole database's digest is the same before and after each action's batch. The list of actions is
 * read from the route files, so a new form fails this test until it joins REACH.
 *
 * The sweep runs on a server of its own (own embedded database), so that the digest sees only what
 * these requests did and not the other tests of the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { formActions } from '../support/form-actions.ts';
import type {
	dialogueScenario,
	openRoundScenario,
	planMadeScenario,
	platformAdminScenario
} from '../../../src/lib/server/seed/factories/scenarios.ts';

type Worlds = {
	plan: Awaited<ReturnType<typeof planMadeScenario>>;
	round: Awaited<ReturnType<typeof openRoundScenario>>;
	dialogue: Awaited<ReturnType<typeof dialogueScenario>>;
	admin: Awaited<ReturnType<typeof platformAdminScenario>>;
	privateId: string;
};
type Who = 'anonymous' | 'planLeader' | 'planBoard' | 'roundLeader' | 'dialogueLeader' | 'admin';

/** How to reach one action with its own data, and which of its fields hold text or a date. */
type Target = {
	as: Who;
	url: string;
	/** Values that pass, so that the bad field is what the form refuses. */
	base?: Record<string, string>;
	text?: string[];
	dates?: string[];
	/** Fields the form refuses by name, with the code for a control character or an impossible date. */
	named?: string[];
};

const aDate = '2026-06-01';
const TOKEN = randomBytes(24).toString('hex');

function reach(w: Worlds): Record<string, Target> {
	const plan = `/plannen/${w.plan.planId}`;
	const round = `/reflecties/${w.round.roundId}`;
	const talk = `/gesprekken/${w.dialogue.session.id}`;
	const school = w.round.schools[0]!.id;
	const someone = randomUUID();
	return {
		'/aanmelden ?/wachtwoord': {
			as: 'anonymous',
			url: '/aanmelden?/wachtwoord',
			base: { email: 'niemand@proef.example', password: 'x', naar: '/start' },
			text: ['email', 'naar']
		},
		'/aanmelden ?/link': {
			as: 'anonymous',
			url: '/aanmelden?/link',
			base: { email: 'niemand@proef.example' },
			// Not `naar`: a bad one is replaced by the start page, and the link is then sent as asked.
			text: ['email']
		},
		'/registreren ?/default': {
			as: 'anonymous',
			url: '/registreren',
			base: { name: 'Nieuwe Naam', email: `nieuw-${randomUUID()}@proef.example`, password: 'een-lang-wachtwoord' },
			text: ['name'],
			named: ['name']
		},
		'/wachtwoord-vergeten ?/default': { as: 'anonymous', url: '/wachtwoord-vergeten', text: ['email'] },
		'/wachtwoord-herstellen ?/default': {
			as: 'anonymous',
			url: '/wachtwoord-herstellen',
			base: { token: 'a'.repeat(32), password: 'een-lang-wachtwoord', confirm: 'een-lang-wachtwoord' },
			text: ['token']
		},
		'/account ?/profiel': {
			as: 'planLeader',
			url: '/account?/profiel',
			base: { name: 'Sam' },
			text: ['name'],
			named: ['name']
		},
		'/account ?/afmelden': { as: 'planLeader', url: '/account?/afmelden' },
		'/account ?/overalAfmelden': { as: 'planLeader', url: '/account?/overalAfmelden' },
		'/beheer/import ?/default': { as: 'admin', url: '/beheer/import' },
		'/beheer/import/stream POST': { as: 'admin', url: '/beheer/import/stream' },
		'/taal POST': { as: 'anonymous', url: '/taal', base: { locale: 'nl', redirect: '/start' }, text: ['redirect'] },
		'/g/[code] ?/meedoen': {
			as: 'anonymous',
			url: `/g/${w.dialogue.session.code}?/meedoen`,
			base: { layer: 'leraren' },
			text: ['layer']
		},
		'/g/[code] ?/plaatsen': {
			as: 'anonymous',
			url: `/g/${w.dialogue.session.code}?/plaatsen`,
			base: { aspect: 'koers', level: '2' },
			text: ['aspect', 'level']
		},
		'/gesprekken/[id] ?/onthullen': { as: 'dialogueLeader', url: `${talk}?/onthullen` },
		'/gesprekken/[id] ?/naar': { as: 'dialogueLeader', url: `${talk}?/naar`, base: { index: '1' }, text: ['index'] },
		'/gesprekken/[id] ?/afsluiten': { as: 'dialogueLeader', url: `${talk}?/afsluiten`, text: ['bevestigd'] },
		'/gesprekken/[id] ?/vastleggen': {
			as: 'dialogueLeader',
			url: `${talk}?/vastleggen`,
			base: { aspect: 'koers', level: '2', notes: 'We spreken af.' },
			text: ['notes', 'aspect'],
			named: ['notes']
		},
		'/gesprekken/[id]/scherm ?/onthullen': { as: 'dialogueLeader', url: `${talk}/scherm?/onthullen` },
		'/gesprekken/[id]/scherm ?/naar': {
			as: 'dialogueLeader',
			url: `${talk}/scherm?/naar`,
			base: { index: '1' },
			text: ['index']
		},
		'/mijn-reflecties ?/default': {
			as: 'roundLeader',
			url: '/mijn-reflecties',
			base: { modelId: 'samen-leren-inhoud-geven', layer: 'schoolleiding' },
			text: ['modelId', 'layer', 'mode']
		},
		'/mijn-reflecties/[id] ?/bewaren': {
			as: 'roundLeader',
			url: `/mijn-reflecties/${w.privateId}?/bewaren`,
			base: { 'q:koers': '3', 'c:koers': 'Mijn toelichting' },
			text: ['c:koers'],
			named: ['c:koers']
		},
		'/mijn-reflecties/[id] ?/toevoegen': {
			as: 'roundLeader',
			url: `/mijn-reflecties/${w.privateId}?/toevoegen`,
			base: { roundId: w.round.roundId },
			text: ['roundId']
		},
		'/organisaties/[id] ?/cluster': {
			as: 'planBoard',
			url: `/organisaties/${w.plan.board.id}?/cluster`,
			base: { name: 'Cluster Oost' },
			text: ['name'],
			named: ['name']
		},
		'/organisaties/[id] ?/schoolCluster': {
			as: 'planBoard',
			url: `/organisaties/${w.plan.board.id}?/schoolCluster`,
			base: { schoolId: w.plan.schools[3]!.id, clusterId: w.plan.clusters[0]!.id },
			text: ['schoolId', 'clusterId']
		},
		'/organisaties/[id]/importeren ?/scholen': {
			as: 'planBoard',
			url: `/organisaties/${w.plan.board.id}/importeren?/scholen`
		},
		'/organisaties/[id]/importeren ?/mensen': {
			as: 'planBoard',
			url: `/organisaties/${w.plan.board.id}/importeren?/mensen`
		},
		'/organisaties/[id]/importeren/[soort] POST': {
			as: 'planBoard',
			url: `/organisaties/${w.plan.board.id}/importeren/scholen`
		},
		'/organisaties/[id]/leden ?/uitnodigen': {
			as: 'roundLeader',
			url: `/organisaties/${school}/leden?/uitnodigen`,
			base: { email: 'nieuw@proef.example', role: 'leraar' },
			text: ['email', 'role']
		},
		'/organisaties/[id]/leden ?/intrekken': {
			as: 'roundLeader',
			url: `/organisaties/${school}/leden?/intrekken`,
			base: { invitationId: someone },
			text: ['invitationId']
		},
		'/organisaties/[id]/leden ?/rol': {
			as: 'roundLeader',
			url: `/organisaties/${school}/leden?/rol`,
			base: { membershipId: someone, role: 'leraar' },
			text: ['membershipId', 'role']
		},
		'/organisaties/[id]/leden ?/verwijderen': {
			as: 'roundLeader',
			url: `/organisaties/${school}/leden?/verwijderen`,
			base: { membershipId: someone },
			text: ['membershipId']
		},
		'/organisaties/[id]/reflecties/nieuw ?/default': {
			as: 'roundLeader',
			url: `/organisaties/${school}/reflecties/nieuw`,
			base: {
				title: 'Sweepronde',
				modelId: 'samen-leren-inhoud-geven',
				layers: 'leraren',
				opensOn: aDate,
				closesOn: '2026-06-20',
				introduction: '',
				privacyText: ''
			},
			text: ['title', 'introduction', 'privacyText'],
			dates: ['opensOn', 'closesOn'],
			named: ['title', 'introduction', 'privacyText', 'opensOn', 'closesOn']
		},
		'/plannen/[id] ?/doel': {
			as: 'planLeader',
			url: `${plan}?/doel`,
			base: { form: 'goal', goalId: someone, targetLevel: '4', description: 'Doel' },
			text: ['description']
		},
		'/plannen/[id] ?/actie': {
			as: 'planLeader',
			url: `${plan}?/actie`,
			base: { form: 'action', goalId: someone, what: 'Iets doen', startsOn: aDate, dueOn: '2026-07-01' },
			text: ['what'],
			dates: ['startsOn', 'dueOn']
		},
		'/plannen/[id] ?/verwijderen': { as: 'planLeader', url: `${plan}?/verwijderen`, base: { actionId: someone } },
		'/plannen/[id] ?/moment': {
			as: 'planLeader',
			url: `${plan}?/moment`,
			base: { form: 'moment', kind: 'progress', heldOn: aDate, notes: 'We zijn begonnen.' },
			text: ['notes'],
			dates: ['heldOn'],
			named: ['notes', 'heldOn']
		},
		'/plannen/[id] ?/reactie': {
			as: 'planLeader',
			url: `${plan}?/reactie`,
			base: { form: 'comment', text: 'Goed plan.' },
			text: ['text'],
			named: ['text']
		},
		'/plannen/[id] ?/kopieren': { as: 'planLeader', url: `${plan}?/kopieren` },
		'/plannen/[id] ?/bron': {
			as: 'planLeader',
			url: `${plan}?/bron`,
			base: { form: 'source-x', actionId: someone, itemId: someone },
			text: ['actionId', 'itemId']
		},
		'/plannen/[id] ?/bron-weg': {
			as: 'planLeader',
			url: `${plan}?/bron-weg`,
			base: { form: 'source-remove-x', actionId: someone, itemId: someone },
			text: ['actionId', 'itemId']
		},
		'/inspiratie/[id] ?/bewaren': { as: 'planLeader', url: `/inspiratie/${someone}?/bewaren` },
		'/inspiratie/[id] ?/niet-bewaren': { as: 'planLeader', url: `/inspiratie/${someone}?/niet-bewaren` },
		'/inspiratie/bewaard ?/niet-bewaren': {
			as: 'planLeader',
			url: '/inspiratie/bewaard?/niet-bewaren',
			base: { itemId: someone },
			text: ['itemId']
		},
		'/r/[code] ?/bewaren': {
			as: 'anonymous',
			url: `/r/${w.round.codes.leraren}?/bewaren`,
			base: { 'q:koers': '3', 'c:koers': 'Onze koers' },
			text: ['c:koers'],
			named: ['c:koers']
		},
		'/r/[code] ?/versturen': {
			as: 'anonymous',
			url: `/r/${w.round.codes.leraren}?/versturen`,
			base: { 'q:koers': '3', 'c:koers': 'Onze koers' },
			text: ['c:koers'],
			named: ['c:koers']
		},
		'/r/[code]/bedankt ?/vergeten': { as: 'anonymous', url: `/r/${w.round.codes.leraren}/bedankt?/vergeten` },
		'/reflecties/[id] ?/openen': { as: 'roundLeader', url: `${round}?/openen` },
		'/reflecties/[id] ?/sluiten': { as: 'roundLeader', url: `${round}?/sluiten`, text: ['bevestigd'] },
		'/reflecties/[id] ?/verlengen': {
			as: 'roundLeader',
			url: `${round}?/verlengen`,
			base: { closesOn: '2099-12-31' },
			dates: ['closesOn'],
			named: ['closesOn']
		},
		'/reflecties/[id] ?/kopieren': { as: 'roundLeader', url: `${round}?/kopieren` },
		'/reflecties/[id] ?/gesprek': {
			as: 'roundLeader',
			url: `${round}?/gesprek`,
			base: { title: 'Teamgesprek', aspect: 'koers' },
			text: ['title', 'aspect'],
			named: ['title']
		},
		'/reflecties/[id] ?/herinneren': { as: 'roundLeader', url: `${round}?/herinneren` },
		'/reflecties/[id]/plan ?/default': {
			as: 'planLeader',
			url: `/reflecties/${w.plan.laterRoundId}/plan`,
			base: { schoolYear: w.plan.schoolYear, focus: 'koers', 'current-koers': '2', 'target-koers': '3' },
			text: ['schoolYear', 'focus']
		},
		'/reflecties/[id]/terugkoppeling ?/default': {
			as: 'planLeader',
			url: `/reflecties/${w.plan.roundIds[0]}/terugkoppeling`,
			base: { youSaid: 'Jullie zeiden', weWill: 'Wij gaan' },
			text: ['youSaid', 'weWill'],
			named: ['youSaid', 'weWill']
		},
		'/uitnodigingen/[id] ?/accepteren': {
			as: 'roundLeader',
			url: `/uitnodigingen/${someone}?/accepteren`,
			base: { token: 'a'.repeat(32) },
			text: ['token']
		},
		'/uitnodigingen/[id] ?/afwijzen': {
			as: 'roundLeader',
			url: `/uitnodigingen/${someone}?/afwijzen`,
			base: { token: 'a'.repeat(32) },
			text: ['token']
		}
	};
}

/**
 * Not the app's forms: test data exists only on a test server, and `/api/auth` is the auth library's
 * JSON API (people sign in through the app's own forms, which are swept; `text/plain` to it is refused
 * by the same hook).
 */
const NOT_SWEPT = ['/testdata/scenario POST', '/api/auth/[...path] POST'];

/** Control characters that no field of any kind may hold (tab and line breaks are fine in a text area). */
const control = fc
	.oneof(
		fc.integer({ min: 0x00, max: 0x08 }),
		fc.integer({ min: 0x0b, max: 0x0c }),
		fc.integer({ min: 0x0e, max: 0x1f }),
		fc.integer({ min: 0x7f, max: 0x9f })
	)
	.map((c) => String.fromCharCode(c));
const IMPOSSIBLE = ['2026-02-31', '0000-01-01', '2026-04-31', '2027-02-29', '2026-13-01', '1999-12-31', '2101-01-01'];

type Bad =
	| { kind: 'text'; field: string; value: string }
	| { kind: 'date'; field: string; value: string }
	| { kind: 'plain'; body: string }
	| { kind: 'json'; body: unknown }
	| { kind: 'cut'; at: number };

function badInput(target: Target): fc.Arbitrary<Bad> {
	const arbs: fc.Arbitrary<Bad>[] = [
		fc.record({ kind: fc.constant('plain' as const), body: fc.string({ maxLength: 60 }) }),
		fc.record({ kind: fc.constant('json' as const), body: fc.jsonValue({ maxDepth: 2 }) }),
		fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 0.95, noNaN: true }) })
	];
	if (target.text?.length)
		arbs.push(
			fc.record({
				kind: fc.constant('text' as const),
				field: fc.constantFrom(...target.text),
				value: fc
					.tuple(fc.string({ maxLength: 12 }), control, fc.string({ maxLength: 12 }))
					.map(([a, c, b]) => `${a}x${c}y${b}`)
			})
		);
	if (target.dates?.length)
		arbs.push(
			fc.record({
				kind: fc.constant('date' as const),
				field: fc.constantFrom(...target.dates),
				value: fc.constantFrom(...IMPOSSIBLE)
			})
		);
	return fc.oneof(...arbs);
}

/** The same bad inputs every run: NUL in each text field, two impossible dates in each date field. */
function fixedInputs(target: Target): Bad[] {
	return [
		...(target.text ?? []).map((field): Bad => ({ kind: 'text', field, value: 'a\u0000b' })),
		...(target.dates ?? []).flatMap((field): Bad[] => [
			{ kind: 'date', field, value: '2026-02-31' },
			{ kind: 'date', field, value: '0000-01-01' }
		]),
		{ kind: 'plain', body: 'a=b' },
		{ kind: 'json', body: { locale: 'en', redirect: '/' } },
		{ kind: 'cut', at: 0.5 }
	];
}

function multipart(fields: Record<string, string>, boundary: string): string {
	const parts = Object.entries(fields).map(
		([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`
	);
	const file = `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nBRIN;NAAM\r\n99XX;School\r\n`;
	return `${parts.join('')}${file}--${boundary}--\r\n`;
}

async function send(api: APIRequestContext, origin: string, target: Target, bad: Bad) {
	const headers = { origin, accept: 'application/json' };
	const url = target.url;
	if (bad.kind === 'text' || bad.kind === 'date') {
		const body = new URLSearchParams({ ...target.base, [bad.field]: bad.value });
		return api.post(url, {
			headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
			data: body.toString(),
			maxRedirects: 0
		});
	}
	if (bad.kind === 'plain')
		return api.post(url, { headers: { ...headers, 'content-type': 'text/plain' }, data: bad.body, maxRedirects: 0 });
	if (bad.kind === 'json')
		return api.post(url, {
			headers: { ...headers, 'content-type': 'application/json' },
			data: JSON.stringify(bad.body),
			maxRedirects: 0
		});
	const boundary = `----sweep${randomBytes(6).toString('hex')}`;
	const whole = multipart(target.base ?? {}, boundary);
	// Never past the start of the closing boundary: the body is always cut short.
	const cut = whole.slice(0, Math.floor(bad.at * (whole.length - boundary.length - 8)));
	return api.post(url, {
		headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
		data: Buffer.from(cut),
		maxRedirects: 0
	});
}

/**
 * A server on an embedded database of its own; with TEST_DATABASE_URL (as in CI) on a fresh
 * PostgreSQL database instead, where NUL in text was first seen to fail.
 */
async function ownServer(): Promise<RunningServer> {
	const dir = path.resolve(process.env.E2E_DIR ?? 'tmp', `sweep-${randomBytes(4).toString('hex')}`);
	fs.mkdirSync(dir, { recursive: true });
	const { DATABASE_URL: _ignored, SMTP_URL: _none, ...inherited } = process.env;
	const env = { ...inherited, SEED_DEMO: 'never', JOBS: 'off', TEST_FIXTURES_TOKEN: TOKEN };
	const base = process.env.TEST_DATABASE_URL;
	if (!base) return startServer({ ...env, DATA_DIR: path.join(dir, 'db') }, path.join(dir, 'server.log'));
	const name = `wsl_e2e_sweep_${randomBytes(4).toString('hex')}`;
	const admin = async (statement: string) => {
		const client = new pg.Client({ connectionString: base });
		await client.connect();
		await client.query(statement);
		await client.end();
	};
	await admin(`create database ${name}`);
	const url = new URL(base);
	url.pathname = `/${name}`;
	const drop = () => admin(`drop database if exists ${name} with (force)`);
	try {
		const server = await startServer({ ...env, DATABASE_URL: url.toString() }, path.join(dir, 'server.log'));
		return {
			baseURL: server.baseURL,
			stop: async () => {
				await server.stop();
				await drop();
			}
		};
	} catch (e) {
		await drop();
		throw e;
	}
}

test('bad input to every form action and endpoint: never a server error, never a row written @desktop-only', async ({
	playwright
}) => {
	test.setTimeout(180_000);
	const server = await ownServer();
	const origin = server.baseURL;
	const contexts: APIRequestContext[] = [];
	const context = async () => {
		const api = await playwright.request.newContext({ baseURL: origin });
		contexts.push(api);
		return api;
	};
	try {
		const fixtures = await context();
		const testdata = async (data: unknown) => {
			const response = await fixtures.post('/testdata/scenario', { data, headers: { 'x-test-fixtures-token': TOKEN } });
			expect(response.status(), await response.text()).toBe(200);
			return response.json();
		};
		const signedIn = async (email: string, password: string) => {
			const api = await context();
			const response = await api.post('/aanmelden?/wachtwoord', {
				headers: { origin, accept: 'text/html' },
				form: { email, password },
				maxRedirects: 0
			});
			expect(response.status(), `sign in ${email}`).toBe(303);
			return api;
		};
		const [plan, round, dialogue, admin] = await Promise.all([
			testdata({ name: 'planMade' }),
			testdata({ name: 'openRound' }),
			testdata({ name: 'dialogue' }),
			testdata({ name: 'platformAdmin' })
		]);
		const as: Record<Who, APIRequestContext> = {
			anonymous: await context(),
			planLeader: await signedIn(plan.people.schoolleider.email, plan.password),
			planBoard: await signedIn(plan.people.bestuurder.email, plan.password),
			roundLeader: await signedIn(round.people.schoolleider.email, round.password),
			dialogueLeader: await signedIn(dialogue.people.schoolleider.email, dialogue.password),
			admin: await signedIn(admin.admin.email, admin.password)
		};
		const started = await as.roundLeader.post('/mijn-reflecties', {
			headers: { origin, accept: 'text/html' },
			form: { modelId: 'samen-leren-inhoud-geven', layer: 'schoolleiding' },
			maxRedirects: 0
		});
		const privateId = /\/mijn-reflecties\/([0-9a-f-]{36})$/.exec(started.headers().location ?? '')?.[1];
		expect(privateId, 'a private reflection to sweep').toBeTruthy();
		const targets = reach({ plan, round, dialogue, admin, privateId: privateId! });

		// Every action of the app is in REACH, and REACH names nothing that does not exist.
		expect(Object.keys(targets).sort()).toEqual(formActions().filter((a) => !NOT_SWEPT.includes(a)));

		// Sign-out last: it ends the session the other actions use.
		const order = Object.keys(targets).sort((a, b) => Number(a.includes('fmelden')) - Number(b.includes('fmelden')));
		let sent = 0;
		for (const key of order) {
			const target = targets[key]!;
			const api = as[target.as];
			const before = await testdata({ fingerprint: true });
			const check = async (bad: Bad) => {
				const response = await send(api, origin, target, bad);
				sent++;
				const status = response.status();
				const what = `${key} ${JSON.stringify(bad).slice(0, 200)}`;
				expect(status, `${what} gave ${status}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(500);
				if (bad.kind === 'plain' || bad.kind === 'json') expect([400, 415], what).toContain(status);
				if (bad.kind === 'cut') expect(status, what).toBe(400);
				if ((bad.kind === 'text' || bad.kind === 'date') && target.named?.includes(bad.field)) {
					const body = await response.text();
					expect(status, what).toBe(400);
					expect(body, what).toContain(bad.field);
					expect(body, what).toContain(bad.kind === 'date' ? 'invalid_date' : 'control_character');
				}
			};
			for (const bad of fixedInputs(target)) await check(bad);
			await fc.assert(fc.asyncProperty(badInput(target), check), {
				numRuns: 6,
				seed: Number(process.env.FUZZ_SEED ?? 20261204)
			});
			expect(await testdata({ fingerprint: true }), `${key} wrote to the database`).toEqual(before);
		}
		expect(sent).toBeGreaterThan(400);

		// A redirect target with a control character, raw or encoded, goes home instead.
		for (const target of ['/\nenv', '/%0Aenv', '/\u0000', '/%00', '/%7F', '/\u2028', '//example.org']) {
			const response = await as.anonymous.post('/taal', {
				headers: { origin },
				form: { locale: 'nl', redirect: target },
				maxRedirects: 0
			});
			expect(response.status(), JSON.stringify(target)).toBe(303);
			expect(response.headers().location, JSON.stringify(target)).toBe('/');
		}
		for (const next of ['/%01', '/%0Aenv', '/%E2%80%A8', '//example.org']) {
			const response = await as.planBoard.get(`/aanmelden?naar=${next}`, { maxRedirects: 0 });
			expect(response.status(), next).toBe(303);
			expect(response.headers().location, next).toBe('/start');
		}
	} finally {
		await Promise.all(contexts.map((c) => c.dispose()));
		await server.stop();
	}
});
