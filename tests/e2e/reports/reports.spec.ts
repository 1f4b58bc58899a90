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
