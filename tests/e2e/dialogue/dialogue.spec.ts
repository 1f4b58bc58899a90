/**
 * A team conversation as it happens in a meeting: the school leader on the projector, five
 * colleagues on their phones. With PostgreSQL (TEST_DATABASE_URL, as in CI) the test starts two app
 * servers on one fresh database and spreads the people over both, so every update has to travel
 * through the database; without it, everyone uses the one embedded-database server of the run.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { test, expect } from '../support/test.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import type { reportScenario } from '../../../src/lib/server/seed/factories/scenarios.ts';

type World = Awaited<ReturnType<typeof reportScenario>>;

async function twoServers(): Promise<{ urls: [string, string]; database: string | null; stop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL;
	const single = process.env.E2E_BASE_URL!;
	if (!base) return { urls: [single, single], database: null, stop: async () => {} };
	const name = `wsl_e2e_dialogue_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	const { DATA_DIR: _unused, ...inherited } = process.env;
	const env = {
		...inherited,
		DATABASE_URL: url.toString(),
		SEED_DEMO: 'never',
		JOBS: 'off',
		TEST_FIXTURES_TOKEN: process.env.E2E_FIXTURES_TOKEN
	};
	const dir = process.env.E2E_DIR ?? 'tmp';
	const servers: RunningServer[] = [];
	const dropDatabase = async () => {
		const again = new pg.Client({ connectionString: base });
		await again.connect();
		await again.query(`drop database if exists ${name} with (force)`);
		await again.end();
	};
	try {
		// The first server migrates; the second finds the database ready.
		servers.push(await startServer(env, path.join(dir, `${name}-a.log`)));
		servers.push(await startServer(env, path.join(dir, `${name}-b.log`)));
	} catch (e) {
		await Promise.all(servers.map((s) => s.stop()));
		await dropDatabase();
		throw e;
	}
	return {
		urls: [servers[0]!.baseURL, servers[1]!.baseURL],
		database: url.toString(),
		stop: async () => {
			await Promise.all(servers.map((s) => s.stop()));
			await dropDatabase();
		}
	};
}

test('a facilitator and five colleagues on two servers: placements appear live, the reveal reaches all, the agreement lands in the report @desktop-only', async ({
	browser,
	playwright,
	signIn,
	checkA11y
}) => {
	test.setTimeout(180_000);
	const servers = await twoServers();
	try {
		const [serverA, serverB] = servers.urls;
		const api = await playwright.request.newContext({ baseURL: serverA });
		const response = await api.post('/testdata/scenario', {
			data: { name: 'report' },
			headers: { 'x-test-fixtures-token': process.env.E2E_FIXTURES_TOKEN ?? '' }
		});
		expect(response.status(), await response.text()).toBe(200);
		const world = (await response.json()) as World;
		await api.dispose();

		// The school leader, on the projector, through server A.
		const leaderContext = await browser.newContext({ baseURL: serverA, viewport: { width: 1280, height: 800 } });
		const leader = await leaderContext.newPage();
		await signIn(world.people.schoolleider.email, world.password, leader);
		await leader.goto(`/reflecties/${world.roundIds[0]}`);
		const start = leader.getByRole('region', { name: 'Teamgesprek over de resultaten' });
		await start.getByLabel('Titel van het gesprek').fill('Studiedag november');
		// Without any aspect the conversation cannot start: the form says so and keeps what was typed.
		const aspects = [
			'Koers',
			'Data en feedback',
			'Lerende professional',
			'Samen leren in het team',
			'Georganiseerd leiderschap'
		];
		for (const aspect of aspects) await start.getByRole('checkbox', { name: aspect }).uncheck();
		await start.getByRole('button', { name: 'Gesprek starten' }).click();
		await expect(start.getByRole('alert')).toHaveText('Kies ten minste één aspect.');
		await expect(start.getByLabel('Titel van het gesprek')).toHaveValue('Studiedag november');
		await expect(start.getByRole('checkbox', { name: 'Data en feedback' })).not.toBeChecked();
		await start.getByRole('checkbox', { name: 'Koers' }).check();
		await start.getByRole('button', { name: 'Gesprek starten' }).click();
		await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Studiedag november');
		await expect(leader.getByRole('heading', { level: 2, name: 'Koers' })).toBeVisible();
		const join = leader.getByRole('region', { name: 'Doe mee op uw telefoon' });
		const code = ((await join.getByRole('paragraph').filter({ hasText: 'Code:' }).textContent()) ?? '')
			.replace('Code:', '')
			.trim();
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		await expect(leader.getByText('Geplaatst: 0')).toBeVisible();
		await expect(leader.getByRole('button', { name: 'Toon de verdeling aan iedereen' })).toBeDisabled();
		await checkA11y(leader);

		// Five colleagues on their phones, alternately on server B and server A.
		const phones = await Promise.all(
			[0, 1, 2, 3, 4].map(async (i) => {
				const context = await browser.newContext({
					baseURL: i % 2 === 0 ? serverB : serverA,
					viewport: { width: 360, height: 740 },
					isMobile: true,
					hasTouch: true
				});
				return context.newPage();
			})
		);
		const levels = [/^Doelgericht/, /^Doelgericht/, /^Planmatig/, /^Ad hoc/, null];
		for (const [i, phone] of phones.entries()) {
			await phone.goto('/g');
			await phone.getByLabel('Code van het gesprek').fill(code.toLowerCase());
			await phone.getByRole('button', { name: 'Meedoen' }).click();
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Studiedag november');
			await phone.getByRole('radio', { name: i === 4 ? 'Schoolleiding' : 'Leraren' }).check();
			await phone.getByRole('button', { name: 'Meedoen' }).click();
			await expect(phone.getByRole('heading', { level: 2, name: 'Koers' })).toBeVisible();
			const level = levels[i];
			await phone.getByRole('radio', { name: level ?? 'Weet ik niet' }).check();
			await phone.getByRole('button', { name: 'Plaatsen' }).click();
			await expect(phone.getByRole('status')).toContainText('U heeft geplaatst');
			if (i === 1) {
				// Two placements: the facilitator sees the count, not yet the spread.
				await expect(leader.getByText('Geplaatst: 2')).toBeVisible();
				await expect(leader.getByText('De verdeling verschijnt vanaf 3 plaatsingen')).toBeVisible();
				await expect(leader.getByRole('table')).toHaveCount(0);
			}
		}
		// One colleague changes their mind before the reveal: still five placements.
		await phones[3]!.getByRole('radio', { name: /^Doelgericht/ }).check();
		await phones[3]!.getByRole('button', { name: 'Plaatsing wijzigen' }).click();
		await expect(phones[3]!.getByRole('status')).toContainText('U heeft geplaatst: fase 2 (Doelgericht)');
		await checkA11y(phones[3]!);

		await expect(leader.getByText('Geplaatst: 5')).toBeVisible();
		const spread = leader.getByRole('table', { name: 'Verdeling van de plaatsingen bij Koers (5 plaatsingen)' });
		await expect(spread.getByRole('row', { name: /Doelgericht/ })).toContainText('3');
		await expect(spread.getByRole('row', { name: /Weet ik niet/ })).toContainText('1');
		// Before the reveal the phones show no spread.
		for (const phone of phones) await expect(phone.getByRole('table')).toHaveCount(0);

		await leader.getByRole('button', { name: 'Toon de verdeling aan iedereen' }).click();
		await expect(leader.getByRole('heading', { name: 'Vragen voor het gesprek' })).toBeVisible();
		for (const phone of phones) {
			await expect(phone.getByText('De verdeling wordt nu besproken.')).toBeVisible();
			await expect(phone.getByRole('table', { name: /Verdeling van de plaatsingen bij Koers/ })).toBeVisible();
		}
		await checkA11y(phones[0]!);

		// Recording nothing is refused with a sentence that says what is missing.
		await leader.getByRole('button', { name: 'Vastleggen' }).click();
		await expect(leader.getByRole('alert')).toHaveText(
			'Kies een fase, of kies ‘Geen overeenstemming’ en schrijf een toelichting.'
		);
		const agreement = leader.getByRole('group', { name: 'Afgesproken fase bij Koers' });
		await agreement.getByRole('radio', { name: /^2\. Doelgericht/ }).check();
		await leader
			.getByLabel('Toelichting (wat zagen we, wat spraken we af?)')
			.fill('De koers is bekend, maar nog niet van het team.');
		await leader.getByRole('button', { name: 'Vastleggen' }).click();
		await expect(leader.getByText('Vastgelegd: het team staat in fase 2 (Doelgericht).')).toBeVisible();
		await expect(phones[4]!.getByText('Vastgelegd: het team staat in fase 2 (Doelgericht).')).toBeVisible();
		await checkA11y(leader);

		await leader.getByRole('button', { name: 'Gesprek afsluiten' }).click();
		await leader.getByRole('button', { name: 'Ja, sluit het gesprek af' }).click();
		for (const phone of phones) await expect(phone.getByText('Dit gesprek is afgesloten.')).toBeVisible();

		if (servers.database) {
			const db = new pg.Client({ connectionString: servers.database });
			await db.connect();
			const { rows } = await db.query<{ n: string; levels: string }>(
				`select count(*) as n, string_agg(coalesce(level::text, '-'), ',' order by level) as levels
				 from dialogue_placements p join dialogue_sessions s on s.id = p.session_id where s.code = $1`,
				[code.replace('-', '')]
			);
			await db.end();
			expect(rows[0]).toEqual({ n: '5', levels: '2,2,2,3,-' });
		}

		await leader.getByRole('link', { name: 'Naar het rapport' }).click();
		const team = leader.getByRole('region', { name: 'Wat het team afsprak' });
		const row = team.getByRole('row', { name: /Koers/ });
		await expect(row).toContainText('2. Doelgericht, oriënterend, beperkte samenwerking');
		await expect(row).toContainText('De koers is bekend, maar nog niet van het team.');
		await expect(row).toContainText('Studiedag november');
		await checkA11y(leader);
		const [download] = await Promise.all([
			leader.waitForEvent('download'),
			leader.getByRole('link', { name: 'Download als PDF' }).click()
		]);
		// Table cells wrap: compare with the line breaks taken out.
		const pdf = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(pdf).toContain('Wat het team afsprak');
		expect(pdf).toContain('De koers is bekend, maar nog niet van het team.');
		await leaderContext.close();
		await Promise.all(phones.map((p) => p.context().close()));
	} finally {
		await servers.stop();
	}
});
