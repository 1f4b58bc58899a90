import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/test.ts';

test('a schoolleider opens the report of a closed round, sees the layer gap, and downloads the PDF and CSV', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('report');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/organisaties/${world.schools[0]!.id}/reflecties`);
	await page.getByRole('link', { name: `Reflectie ${world.schools[0]!.name}` }).click();
	await page.getByRole('link', { name: 'Rapport' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport: Reflectie ${world.schools[0]!.name}`);
	await expect(page.getByText('Schoolleiding: 5 antwoorden')).toBeVisible();
	await expect(page.getByText('Leraren: 8 antwoorden')).toBeVisible();
	const gaps = page.getByRole('region', { name: 'Waar zien de lagen het anders?' });
	await expect(gaps.getByRole('listitem').first()).toHaveText(
		/^Volgens de leraren staat Koers (in fase \d|tussen fase \d en \d), volgens de schoolleiding (in fase \d|tussen fase \d en \d)\. Waar komt dat verschil vandaan\?$/
	);
	await expect(
		page
			.getByRole('table', { name: 'Verdeling van de antwoorden per aspect' })
			.getByRole('rowheader', { name: 'Koers' })
	).toBeVisible();
	await expect(page.getByText('Onze koers hangt in de personeelskamer.')).toBeVisible();
	await checkA11y();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als PDF' }).click()
	]);
	const file = path.join(os.tmpdir(), `rapport-${Date.now()}.pdf`);
	await download.saveAs(file);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	expect(text).toContain(`Rapport: Reflectie ${world.schools[0]!.name}`);
	expect(text).toMatch(/Volgens de leraren staat Koers (in|tussen) fase/);
	expect(text).toContain('Onze koers hangt in de personeelskamer.');
	expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
	execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', file, file.replace('.pdf', '')]);
	expect(fs.readdirSync(os.tmpdir()).some((f) => f.startsWith(path.basename(file, '.pdf')) && f.endsWith('.png'))).toBe(
		true
	);

	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download de cijfers (CSV)' }).click()
	]);
	const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
	expect(csv.split('\r\n')[0]).toContain('Aspect;Per indicator;Laag;Aantal;Mediaan');
	expect(csv).toMatch(/Koers;;Schoolleiding;5;/);
	expect(csv).toMatch(/Koers;;Leraren;8;/);
});

test('a bestuurder opens the board overview: schools × aspects, small schools without figures, no ranking', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('report');
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${world.board.id}`);
	await page.getByRole('link', { name: 'Overzicht scholen' }).click();
	const table = page.getByRole('table', { name: 'Mediaan per school en aspect' });
	await expect(table).toBeVisible();
	for (const school of world.schools) await expect(table.getByRole('rowheader', { name: school.name })).toBeVisible();
	await expect(table.getByRole('row', { name: new RegExp(world.schools[3]!.name) })).toContainText(
		'te weinig antwoorden'
	);
	await expect(table.getByRole('rowheader', { name: 'Alle getoonde scholen samen' })).toBeVisible();
	await expect(
		table
			.getByRole('row', { name: /Alle getoonde scholen samen/ })
			.getByRole('cell')
			.last()
	).toHaveText('25');
	await checkA11y();
});

test('a leraar sees the report of their own school, but not the board overview or another school', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('report');
	await signIn(world.people.leraar.email, world.password);
	await page.goto(`/reflecties/${world.roundIds[0]}/rapport`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport: Reflectie ${world.schools[0]!.name}`);
	expect((await page.goto(`/reflecties/${world.roundIds[1]}/rapport`))?.status()).toBe(404);
	expect((await page.goto(`/organisaties/${world.board.id}/overzicht`))?.status()).toBe(404);
	expect((await page.request.get(`/reflecties/${world.roundIds[1]}/rapport.csv`)).status()).toBe(404);
});

test('every figure comes from enough people, counted for that figure, and every row of shares adds up to 100', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('anonymity');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/rapport`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport: ${world.roundTitle}`);
	await expect(page.getByText('Leraren: 7 antwoorden')).toBeVisible();

	const percents = async (row: import('@playwright/test').Locator, from: number, count: number) =>
		(await row.getByRole('cell').allTextContents()).slice(from, from + count);
	const sum = (cells: string[]) => cells.reduce((total, c) => total + Number(c.replace(/\s*%$/, '')), 0);

	// All layers on Koers: 5 × 2, 1 × 3 and 5 × 4 of twelve answers, one "weet ik niet": 42 / 8 / 42 / 8.
	const overall = page.getByRole('table', { name: 'Verdeling van de antwoorden per aspect' });
	const koers = await percents(overall.getByRole('row', { name: /^Koers/ }), 3, 6);
	expect(koers).toEqual(['0%', '42%', '8%', '42%', '0%', '8%']);
	expect(sum(koers)).toBe(100);
	await expect(page.getByText(/De percentages zijn van iedereen die de vraag beantwoordde/).first()).toBeVisible();

	// The teachers on Koers: 5, 1 and one "weet ik niet" of seven read 72 / 14 / 14 in the table and in the chart.
	const layers = page.getByRole('table', { name: 'Verdeling per laag: Koers' });
	const teachers = await percents(layers.getByRole('row', { name: /^Leraren/ }), 1, 6);
	expect(teachers).toEqual(['0%', '72%', '14%', '0%', '0%', '14%']);
	expect(sum(teachers)).toBe(100);
	// The chart at its full width (on a phone its narrow twin leaves out labels that do not fit).
	const chart = page.locator('svg[aria-label="Verdeling per laag: Koers"]').first();
	const drawn = (await chart.textContent()) ?? '';
	expect(drawn).toContain('72%');
	expect(drawn.match(/\b14%/g)).toHaveLength(2);
	expect(drawn).not.toMatch(/\b(71|83|17)%/);

	await expect(page.getByText('Elk cijfer komt van minstens 5 mensen, per cijfer geteld')).toBeVisible();

	// Two teachers chose a level on Lerende professional: no teachers' figure there, and a word why.
	await expect(
		page.getByRole('table', { name: 'Verdeling per laag: Lerende professional' }).getByRole('row', { name: /^Leraren/ })
	).toHaveText(/Te weinig om te tonen: minder dan 5 mensen kozen hier een fase\./);

	// One teacher gave an ambition on Koers: no ambition figure; the leaders' five on data and feedback are.
	const ambition = page.getByRole('region', { name: 'Ambitie: waar willen we over een jaar staan?' });
	await expect(
		ambition.getByText('Een ambitie staat er alleen als minstens 5 mensen van een laag er een gaven')
	).toBeVisible();
	const ambitions = ambition.getByRole('table');
	await expect(ambitions.getByRole('row', { name: /^Koers/ }).getByRole('cell')).toHaveText(['3', '–', '–']);
	await expect(ambitions.getByRole('row', { name: /^Gebruik van data en feedback/ }).getByRole('cell')).toHaveText([
		'3',
		'4',
		'+1'
	]);
	await checkA11y();
});

test('the CSV and the PDF carry the same shares as the page, and nothing a small group gave', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('anonymity');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/rapport`);
	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download de cijfers (CSV)' }).click()
	]);
	const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
	expect(csv).toMatch(/\r\nKoers;;Leraren;7;2;[^\r]*;0;72;14;0;0;14;\r\n/);
	expect(csv).toMatch(/\r\nKoers;;Alle getoonde lagen;12;3;[^\r]*;0;42;8;42;0;8;\r\n/);
	expect(csv).toMatch(/\r\nGebruik van data en feedback;;Alle getoonde lagen;12;[^\r]*;4\r\n/);
	expect(csv).not.toContain('Lerende professional;;Leraren');

	const [pdfDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als PDF' }).click()
	]);
	const file = path.join(os.tmpdir(), `rapport-per-cijfer-${Date.now()}.pdf`);
	await pdfDownload.saveAs(file);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
	fs.rmSync(file);
	expect(text).toContain('Koers 0% 42% 8% 42% 0% 8%');
	expect(text).toContain('Koers 3 – –');
	expect(text).toContain('Gebruik van data en feedback 3 4 1');
	expect(text).not.toMatch(/\b(71|83|17)%/);
});
