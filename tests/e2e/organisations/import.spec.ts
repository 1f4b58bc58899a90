import { test, expect } from '../support/test.ts';
import { generateSchoolsCsv } from '../../../src/lib/domain/organisation/fixtures/generate-schools-csv.ts';
import { untilInteractive } from '../support/interactive.ts';

/** A DUO-style primary-school file with `count` schools of one board, codes unique to this test. */
function boardFile(boardNumber: string, count: number, bad: number[] = []): string {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const brin = `9${Math.floor(Math.random() * 10)}${letters[Math.floor(Math.random() * 26)]}${letters[Math.floor(Math.random() * 26)]}`;
	const [header, ...rows] = generateSchoolsCsv(count).trimEnd().split('\r\n');
	return [
		header,
		...rows.map((row, i) => {
			const cells = row.split(';');
			cells[1] = boardNumber;
			// Locations 20–49: clear of other tests' schools (50–99) and of the registry test (00–02).
			const location = String(20 + i).padStart(2, '0');
			cells[2] = bad.includes(i + 2) ? 'X9' : brin;
			cells[3] = `${brin}${location}`;
			cells[4] = `Importschool ${brin}${location}`;
			return cells.join(';');
		})
	].join('\r\n');
}

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });

test('a bestuurder imports schools: a file with three bad rows imports nothing and names them; a good file imports with progress', async ({
	page,
	baseURL,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('board');
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${world.board.id}`);
	await page.getByRole('link', { name: 'Importeren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Importeren in ${world.board.name}`);
	await checkA11y();

	const schools = page.getByRole('region', { name: 'Scholen importeren' });
	await schools
		.getByLabel('Bestand (CSV)')
		.setInputFiles(csv('fout.csv', boardFile(world.board.boardNumber, 8, [3, 5, 8])));
	await schools.getByRole('button', { name: 'Importeren' }).click();
	const problem = schools.getByRole('alert');
	await expect(problem).toContainText('Er is niets geïmporteerd. Het bestand heeft 3 regels met fouten:');
	await expect(problem.getByRole('listitem')).toHaveText([
		/^Regel 3, kolom INSTELLINGSCODE: geen geldige BRIN-code/,
		/^Regel 5, kolom INSTELLINGSCODE/,
		/^Regel 8, kolom INSTELLINGSCODE/
	]);
	await checkA11y();
	await page.goto(`/organisaties/${world.board.id}`);
	await expect(page.getByRole('rowheader', { name: /Importschool/ })).toHaveCount(0);

	await page.goto(`/organisaties/${world.board.id}/importeren`);
	const good = boardFile(world.board.boardNumber, 12);
	await schools.getByLabel('Bestand (CSV)').setInputFiles(csv('goed.csv', good));
	await schools.getByRole('button', { name: 'Importeren' }).click();
	await expect(schools.getByRole('status')).toHaveText(
		'Klaar: 12 scholen toegevoegd, 0 bijgewerkt, 0 nieuwe besturen. 0 regels van andere besturen overgeslagen.'
	);
	await page.goto(`/organisaties/${world.board.id}`);
	await expect(page.getByRole('rowheader', { name: /Importschool/ })).toHaveCount(12);
	// The progress lines the form reads, read here from the endpoint itself: Chromium does not keep
	// the body of a response the page consumed as a stream, so the browser cannot be asked for it.
	const stream = await page.request.post(`/organisaties/${world.board.id}/importeren/scholen`, {
		multipart: { bestand: csv('goed.csv', good) },
		headers: { origin: baseURL! }
	});
	expect(await stream.text()).toContain('"type":"progress","phase":"saving","done":12,"total":12');
});

test('the school import works without JavaScript', async ({ browser, baseURL, scenario, signIn }) => {
	const world = await scenario('board');
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(world.people.bestuurder.email, world.password, page);
	await page.goto(`/organisaties/${world.board.id}/importeren`);
	const schools = page.getByRole('region', { name: 'Scholen importeren' });
	await schools.getByLabel('Bestand (CSV)').setInputFiles(csv('goed.csv', boardFile(world.board.boardNumber, 3)));
	await schools.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByRole('region', { name: 'Scholen importeren' }).getByRole('status')).toContainText(
		'Klaar: 3 scholen toegevoegd'
	);
	await context.close();
});

test('people are imported: members at once, invitations for the others', async ({ page, scenario, signIn }) => {
	const world = await scenario('board');
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${world.board.id}/importeren`);
	const people = page.getByRole('region', { name: 'Mensen importeren' });
	const school = world.schools[1]!;
	const file = `naam;e-mail;rol;school\n${world.people.leraar.name};${world.people.leraar.email};leraar;${school.code}\nNieuwe Collega;nieuw-${Date.now()}@proef.example;IB;${school.code}\n`;
	await people.getByLabel('Bestand (CSV)').setInputFiles(csv('mensen.csv', file));
	await people.getByRole('button', { name: 'Importeren' }).click();
	await expect(people.getByRole('status')).toHaveText(
		'Klaar: 1 mensen toegevoegd als lid, 1 uitnodigingen verstuurd, 0 waren al lid.'
	);
	await page.goto(`/organisaties/${school.id}/leden`);
	await expect(
		page.getByRole('table', { name: 'Leden' }).getByRole('row', { name: new RegExp(world.people.leraar.name) })
	).toBeVisible();
	await expect(page.getByRole('table', { name: 'Uitnodigingen' })).toContainText('Ondersteuning (IB, OOP)');
});

test('the platform imports a national file of 9,000 schools, with progress @desktop-only', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	test.setTimeout(90_000);
	const world = await scenario('platformAdmin');
	await signIn(world.admin.email, world.password);
	await page.getByRole('link', { name: 'Scholenregister importeren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scholenregister importeren');
	await checkA11y();
	// Every state of the progress bar the person sees, recorded as it is drawn: a phase of a second
	// can fall between two polls of an assertion.
	const seen: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'debug') seen.push(message.text());
	});
	await page.evaluate(() => {
		const label = () => document.querySelector('progress')?.labels?.[0]?.textContent?.trim() ?? '';
		new MutationObserver(() => label() && console.debug(label())).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
	// Without JavaScript the form posts and shows the result without progress; this test is about the progress.
	await untilInteractive(page);
	await page.getByLabel('Bestand (CSV)').setInputFiles(csv('register.csv', generateSchoolsCsv(9000)));
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByRole('status')).toContainText(/Klaar: \d+ scholen toegevoegd, \d+ bijgewerkt/, {
		timeout: 60_000
	});
	// The server's progress events themselves (18 or more, in order) are proved in tests/db/imports.test.ts.
	await expect.poll(() => seen.filter((s) => /^Opslaan: \d+ van 9000$/.test(s)).length).toBeGreaterThanOrEqual(1);
});
