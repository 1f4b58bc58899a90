/**
 * Every page that names a level reads correctly in Dutch with the model's own scale word (issue 11,
 * ADR 012): "niveau" is a het-word one stands on, "fase" a de-word one stands in, and a median
 * between two levels is "tussen niveau 1 en 2". English pages use the interface's own word.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';

/** The text, with the line breaks of layout and PDF columns folded into spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** All of the page's text, also what sits in a closed `<details>` or is only read out. */
const bodyText = async (page: Page) => flat((await page.locator('main').textContent()) ?? '');

const WRONG_WITH_NIVEAU = [
	/de (huidige|middelste|hoogste|gewenste) niveau/i,
	/een hele niveau/i,
	/\bin niveau/i,
	/niveau \d,\d/i,
	/\bfase/i
];

async function pdfText(page: Page, href: string, name: string): Promise<string> {
	const response = await page.request.get(href);
	expect(response.status()).toBe(200);
	const file = test.info().outputPath(`${name}.pdf`);
	fs.writeFileSync(file, await response.body());
	return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

// The report page's accessibility is checked in reports.spec.ts; these tests read its words.
test('a report on a model with "niveau" reads as Dutch', async ({ page, scenario, signIn }) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/rapport`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kwaliteitsreflectie');

	const gaps = page.getByRole('region', { name: 'Waar zien de lagen het anders?' });
	await expect(gaps.getByRole('listitem')).toHaveText([
		'Volgens de leraren staat Leiderschap op niveau 1, volgens de schoolleiding op niveau 3. Waar komt dat verschil vandaan?',
		'Volgens de leraren staat Koers en visie tussen niveau 1 en 2, volgens de schoolleiding op niveau 3. Waar komt dat verschil vandaan?',
		'Volgens de leraren staat Onderwijs en leren op niveau 2, volgens de schoolleiding op niveau 3. Waar komt dat verschil vandaan?',
		'Volgens de leraren staat Werken met data op niveau 2, volgens de schoolleiding op niveau 3. Waar komt dat verschil vandaan?'
	]);
	const text = await bodyText(page);
	expect(text).toContain('De mediaan is het middelste niveau');
	expect(text).toContain('Een verschil van een heel niveau of meer');
	expect(text).toContain('twee niveaus of meer');
	await expect(
		page
			.getByRole('table', { name: 'Teamafspraken per aspect, naast de antwoorden' })
			.getByRole('columnheader', { name: 'Afspraak' })
	).toBeVisible();
	for (const wrong of WRONG_WITH_NIVEAU) expect(text).not.toMatch(wrong);
});

test('the same report on an English page says "level" and keeps the model’s names in Dutch', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/rapport`);
	await page.getByRole('button', { name: 'English' }).click();
	const gaps = page.getByRole('region', { name: 'Where do the layers see it differently?' });
	await expect(gaps.getByRole('listitem').nth(1)).toHaveText(
		'According to teachers, Koers en visie is between level 1 and 2; according to school leadership, at level 3. Where does that difference come from?'
	);
	const text = await bodyText(page);
	expect(text).toContain('The median is the middle level');
	expect(text).toContain('a whole level or more');
	expect(text).not.toMatch(/niveau/i);
	await expect(
		page.getByRole('table', { name: 'Distribution of the answers per aspect' }).getByRole('rowheader', {
			name: 'Koers en visie'
		})
	).toHaveAttribute('lang', 'nl');
});

test('the PDF of that report names the levels as the page does, in Dutch and in English', async ({
	page,
	scenario,
	signIn,
	baseURL
}) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	const href = `/reflecties/${world.roundId}/rapport.pdf`;
	const dutch = await pdfText(page, href, 'nl');
	expect(dutch).toContain(
		'Volgens de leraren staat Koers en visie tussen niveau 1 en 2, volgens de schoolleiding op niveau 3.'
	);
	expect(dutch).toContain('De mediaan is het middelste niveau');
	for (const wrong of WRONG_WITH_NIVEAU) expect(dutch).not.toMatch(wrong);

	await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL! }]);
	const english = await pdfText(page, href, 'en');
	expect(english).toContain('between level 1 and 2');
	expect(english).toContain('The median is the middle level');
	expect(english).not.toMatch(/niveau/i);
});

test('the plan pages on a "niveau" model read as Dutch', async ({ page, scenario, signIn }) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/plan`);
	let text = await bodyText(page);
	expect(text).toContain('en per aspect het gewenste niveau.');
	expect(text).toContain('Het huidige niveau is de mediaan over de getoonde lagen');
	// The model suggests no actions: the page says so before the plan is made (issue 11, fault 3).
	expect(text).toContain(
		'Dit model stelt zelf geen acties voor: u schrijft ze zelf, met de beschrijving van het volgende niveau als houvast.'
	);
	await expect(page.getByLabel('Gewenst niveau voor Koers en visie')).toBeVisible();
	for (const wrong of WRONG_WITH_NIVEAU) expect(text).not.toMatch(wrong);

	await page.goto(`/plannen/${world.planId}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Ontwikkelplan');
	await expect(page.getByLabel('Gewenst niveau').first()).toBeAttached();
	text = await bodyText(page);
	for (const wrong of WRONG_WITH_NIVEAU) expect(text).not.toMatch(wrong);
});

test('the "jullie zeiden — wij gaan" draft on a "niveau" model: each line once, nothing left hanging', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}/terugkoppeling`);
	const said = await page.getByLabel('Jullie zeiden').inputValue();
	expect(said.match(/Niet iedereen ziet het hetzelfde/g)).toHaveLength(1);
	expect(said).toContain(
		'- Koers en visie: volgens de leraren tussen niveau 1 en 2, volgens de schoolleiding op niveau 3.'
	);
	const will = await page.getByLabel('Wij gaan').inputValue();
	expect(will).toContain(
		'Koers en visie: van niveau 2 (Ontwikkelen) naar niveau 3 (Borgen). Welke acties daarbij horen, bepalen we samen met het team.'
	);
	expect(will).toContain(
		'Leiderschap: van niveau 2 (Ontwikkelen) naar niveau 3 (Borgen). Dat doen we zo:\n- Werkgroepen met een leraar als voorzitter'
	);
	// A colon always leads into what it announces.
	expect(will).not.toMatch(/:\n*$|:\n\n/);
	for (const wrong of WRONG_WITH_NIVEAU) expect(`${said}\n${will}`).not.toMatch(wrong);
});

test('the facilitator of a conversation on a "niveau" model reads it as Dutch', async ({ page, scenario, signIn }) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/gesprekken/${world.dialogue.id}`);
	const spread = page.getByRole('table', { name: /Koers en visie/ });
	await expect(spread.getByRole('columnheader').first()).toHaveText('Niveau');
	const text = await bodyText(page);
	expect(text).toContain('Mediaan: niveau 2');
	expect(text).toContain('Leraren: mediaan tussen niveau 1 en 2 (4 plaatsingen)');
	expect(text).toContain('Leraren plaatsen de school tussen niveau 1 en 2, Schoolleiding op niveau 3.');
	expect(text).toContain('Vastgelegd: het team staat op niveau 2 (Ontwikkelen).');
	await expect(page.getByRole('group', { name: 'Afgesproken niveau bij Koers en visie' })).toBeVisible();
	for (const wrong of WRONG_WITH_NIVEAU) expect(text).not.toMatch(wrong);
});

test('a respondent of a round on a "niveau" model reads "Niveau 1"', async ({ page, scenario }) => {
	const world = await scenario('ownModel');
	await page.goto(`/r/${world.openRound.code}`);
	const first = page.getByRole('group', { name: 'Koers en visie' }).first();
	await expect(first.getByText('Niveau 1 ·')).toBeVisible();
	await expect(
		page.getByLabel('Waar zou u over een jaar willen staan? (niet verplicht)').first().locator('option').nth(1)
	).toHaveText('Niveau 1 · Oriënteren');
	const text = await bodyText(page);
	for (const wrong of WRONG_WITH_NIVEAU) expect(text).not.toMatch(wrong);
});

test('a participant of the conversation sees the agreement and the spread in the model’s word', async ({
	page,
	scenario,
	checkA11y
}) => {
	const world = await scenario('ownModel');
	await page.goto(`/g/${world.dialogue.code}`);
	await page.getByRole('radio', { name: 'Leraren' }).check();
	await page.getByRole('button', { name: 'Meedoen' }).click();
	await expect(page.getByText('Vastgelegd: het team staat op niveau 2 (Ontwikkelen).')).toBeVisible();
	await expect(page.getByText('Mediaan: niveau 2')).toBeVisible();
	await checkA11y();
});

test('a respondent on an English page reads "Level 1" beside the model’s own Dutch names', async ({
	page,
	scenario,
	checkA11y
}) => {
	const world = await scenario('ownModel');
	await page.goto(`/r/${world.openRound.code}`);
	await page.getByRole('button', { name: 'English' }).click();
	const option = page.getByText(/^Level 1 ·/).first();
	await expect(option).toBeVisible();
	await expect(option.locator('[lang="nl"]')).toHaveText('Oriënteren');
	expect(await bodyText(page)).not.toMatch(/\bniveau \d/i);
	await checkA11y();
});

test('a report, plan and feedback draft on a model with "fase" read as Dutch', async ({ page, scenario, signIn }) => {
	const world = await scenario('planMade');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundIds[0]}/rapport`);
	let text = await bodyText(page);
	expect(text).toContain('De mediaan is de middelste fase');
	expect(text).toContain('Een verschil van een hele fase of meer');
	expect(text).toMatch(/Volgens de leraren staat Koers (in fase \d|tussen fase \d en \d), volgens de schoolleiding/);
	await expect(
		page
			.getByRole('table', { name: 'Teamafspraken per aspect, naast de antwoorden' })
			.getByRole('columnheader', { name: 'Afspraak' })
	).toBeVisible();
	expect(text).not.toMatch(/fase \d,\d|\bniveau|het (huidige|middelste) fase|een heel fase/i);

	await page.goto(`/reflecties/${world.roundIds[0]}/plan`);
	text = await bodyText(page);
	expect(text).toContain('en per aspect de gewenste fase.');
	expect(text).toContain('De huidige fase is de mediaan');

	await page.goto(`/plannen/${world.planId}`);
	await expect(page.getByLabel('Gewenste fase').first()).toBeAttached();

	await page.goto(`/reflecties/${world.roundIds[0]}/terugkoppeling`);
	const will = await page.getByLabel('Wij gaan').inputValue();
	expect(will).toMatch(/Koers: van fase 2 \(.+\) naar fase 3 \(.+\)\. Dat doen we zo:\n- Koers bespreken in elke bouw/);
	expect(will).not.toMatch(/:\n*$|:\n\n/);
	expect(await page.getByLabel('Jullie zeiden').inputValue()).toMatch(/in fase \d|tussen fase \d en \d/);
});
