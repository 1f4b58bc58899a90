/**
 * The cross-tenant probe: a member of board A requests every page, every form action and every
 * endpoint of board B — found by walking the route files, so a new route is probed automatically —
 * and gets 403 or 404 and none of B's data. Afterwards B is unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/test.ts';

function walk(dir: string): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Route files under these folders take an organisation, invitation, round, plan or dialogue id. */
const ROOTS = [
	'src/routes/organisaties/[id]',
	'src/routes/uitnodigingen/[id]',
	'src/routes/reflecties/[id]',
	'src/routes/plannen/[id]',
	'src/routes/gesprekken/[id]'
];
const files = ROOTS.flatMap(walk);
const pages = files.filter((f) => f.endsWith('+page.svelte')).map((f) => path.dirname(f));
const endpoints = files.filter((f) => f.endsWith('+server.ts')).map((f) => path.dirname(f));
const actionsOf = (dir: string): string[] => {
	const file = path.join(dir, '+page.server.ts');
	if (!fs.existsSync(file)) return [];
	const block = /export const actions[^{]*\{([\s\S]*?)\n\};/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
	return [
		// A name (`actie:`) or a quoted one (`'bron-weg':`).
		...block.matchAll(/^\t'?([\w-]+)'?:/gm),
		...block.matchAll(/\{ (\w+): respond/g),
		...block.matchAll(/, (\w+): respond/g)
	].map((m) => m[1]!);
};
const urlOf = (dir: string, id: string, soort = 'scholen') =>
	'/' + path.relative('src/routes', dir).replace('[id]', id).replace('[soort]', soort).split(path.sep).join('/');

test('a member of board A gets 403 or 404 and no data from every page, action and endpoint of board B @desktop-only', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn
}) => {
	test.setTimeout(120_000);
	expect(pages.length).toBeGreaterThanOrEqual(4);
	expect(endpoints.length).toBeGreaterThanOrEqual(1);
	const a = await scenario('board');
	// B has rounds, a report, a plan and a team dialogue, so that every kind of id has something to find.
	const b = await scenario('planMade');

	// B's bestuurder makes an invitation, so that B also has an invitation id to probe.
	const owner = await browser.newContext({ baseURL });
	const ownerPage = await owner.newPage();
	await signIn(b.people.bestuurder.email, b.password, ownerPage);
	await ownerPage.goto(`/organisaties/${b.board.id}/leden`);
	await ownerPage.getByLabel('E-mailadres').fill(`probe-${Date.now()}@proef.example`);
	await ownerPage.getByLabel('Rol', { exact: true }).selectOption({ label: 'Kwaliteitsmedewerker' });
	await ownerPage.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	const invitationId = await ownerPage.locator('input[name="invitationId"]').first().getAttribute('value');
	const membershipIds = await ownerPage
		.locator('input[name="membershipId"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('value') ?? ''));
	await ownerPage.goto(`/organisaties/${b.board.id}/leden`);
	const before = await ownerPage.getByRole('main').innerText();
	expect(invitationId).toBeTruthy();

	const secrets = [
		b.board.name,
		...b.schools.map((s) => s.name),
		...b.clusters.map((c) => c.name),
		...Object.values(b.people).map((p) => p.email),
		'Koers bespreken in elke bouw',
		'Iedereen kent onze koers.',
		'Studiedag over onze koers',
		'We kennen de koers, maar hebben hem nog niet samen gemaakt.'
	];
	const orgIds = [
		b.board.id,
		...b.clusters.map((c) => c.id),
		...b.schools.map((s) => s.id),
		b.network.id,
		b.partnership.id
	];
	const idsFor = (dir: string) =>
		dir.startsWith('src/routes/uitnodigingen')
			? [invitationId!]
			: dir.startsWith('src/routes/reflecties')
				? [b.roundIds[0]!, b.laterRoundId]
				: dir.startsWith('src/routes/plannen')
					? [b.planId]
					: dir.startsWith('src/routes/gesprekken')
						? [b.dialogueId]
						: orgIds;
	const refused = (status: number) => status === 403 || status === 404;

	await signIn(a.people.bestuurder.email, a.password);
	const probed: string[] = [];
	const form = {
		email: 'indringer@proef.example',
		role: 'leraar',
		name: 'Indringerscluster',
		membershipId: membershipIds[0] ?? '',
		invitationId: invitationId ?? '',
		schoolId: b.schools[0]!.id,
		clusterId: b.clusters[0]!.id,
		token: 'x'.repeat(32)
	};
	const file = {
		name: 'x.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('naam;e-mail;rol\nX;x@proef.example;leraar\n')
	};

	for (const dir of pages) {
		for (const id of idsFor(dir)) {
			const url = urlOf(dir, id);
			const response = await page.request.get(url, { maxRedirects: 0 });
			const body = await response.text();
			expect(refused(response.status()), `GET ${url} gave ${response.status()}`).toBe(true);
			for (const secret of secrets) expect(body, `GET ${url} leaks ${secret}`).not.toContain(secret);
			probed.push(`GET ${url}`);
			for (const action of actionsOf(dir)) {
				// A default action is posted to the page itself, as a browser does.
				const target = action === 'default' ? url : `${url}?/${action}`;
				const res = await page.request.post(target, {
					multipart: { ...form, bestand: file },
					headers: { origin: baseURL! },
					maxRedirects: 0
				});
				const text = await res.text();
				expect(refused(res.status()), `POST ${target} gave ${res.status()}`).toBe(true);
				for (const secret of secrets) expect(text, `POST ${target} leaks ${secret}`).not.toContain(secret);
				probed.push(`POST ${target}`);
			}
		}
	}
	for (const dir of endpoints) {
		const source = fs.readFileSync(path.join(dir, '+server.ts'), 'utf8');
		for (const id of idsFor(dir)) {
			for (const soort of ['scholen', 'mensen']) {
				const url = urlOf(dir, id, soort);
				if (source.includes('export const GET')) {
					const res = await page.request.get(url, { maxRedirects: 0 });
					const text = await res.text();
					expect(refused(res.status()), `GET ${url} gave ${res.status()}`).toBe(true);
					for (const secret of secrets) expect(text, `GET ${url} leaks ${secret}`).not.toContain(secret);
					probed.push(`GET ${url}`);
				}
				if (source.includes('export const POST')) {
					const res = await page.request.post(url, {
						multipart: { bestand: file },
						headers: { origin: baseURL! },
						maxRedirects: 0
					});
					expect(refused(res.status()), `POST ${url} gave ${res.status()}`).toBe(true);
					probed.push(`POST ${url}`);
				}
			}
		}
	}
	expect(probed.length).toBeGreaterThan(30);

	// Nothing of B changed.
	await ownerPage.goto(`/organisaties/${b.board.id}/leden`);
	expect(await ownerPage.getByRole('main').innerText()).toBe(before);
	await ownerPage.goto(`/organisaties/${b.board.id}`);
	await expect(ownerPage.getByRole('heading', { name: /Indringerscluster/ })).toHaveCount(0);
	await owner.close();
});
