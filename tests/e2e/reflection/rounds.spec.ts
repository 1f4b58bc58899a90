import { test, expect } from '../support/test.ts';
import { answerAll, closeRound, codeOf, openRound } from './respond.ts';
import { waitForMail } from '../support/mailbox.ts';
import { untilInteractive } from '../support/interactive.ts';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

test('a round for two layers: six respondents on phone and desktop, a resumed draft, a changed answer, counts, and a polite closed round @desktop-only', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn,
	checkA11y
}) => {
	test.setTimeout(150_000);
	const world = await scenario('board');
	const school = world.schools[0]!;
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/organisaties/${school.id}`);
	await page.getByRole('link', { name: 'Reflectierondes' }).click();
	await page.getByRole('link', { name: 'Nieuwe reflectieronde' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Nieuwe reflectieronde voor ${school.name}`);
	await checkA11y();
	await page.getByLabel('Titel').fill('Reflectie najaar');
	await page.getByLabel('Ontwikkelmodel').selectOption({ label: 'Ontwikkelmodel Samen Leren Inhoud Geven' });
	await expect(page.getByRole('checkbox', { name: 'Schoolleiding' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Leraren' })).toBeChecked();
	await page.getByRole('button', { name: 'Reflectieronde aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflectie najaar');
	await expect(page.getByText('Open', { exact: true })).toBeVisible();
	await checkA11y();
	const roundUrl = page.url();
	const leraren = await codeOf(page, 'Leraren');
	const leiding = await codeOf(page, 'Schoolleiding');

	const respondent = async (options: object) => {
		const context = await browser.newContext({ ...options, baseURL });
		return { context, page: await context.newPage() };
	};

	// 1. Desktop, through the code page, typing the code in lower case.
	const r1 = await respondent(desktop);
	await r1.page.goto('/');
	await r1.page.getByRole('link', { name: 'Meedoen' }).click();
	await r1.page.getByLabel('Code').fill(leraren.toLowerCase());
	await r1.page.getByRole('button', { name: 'Naar de vragen' }).click();
	await expect(r1.page.getByText('U beantwoordt de vragen als: Leraren')).toBeVisible();
	await checkA11y(r1.page);
	await answerAll(r1.page, 2);
	await expect(r1.page.getByText('5 van 5 vragen beantwoord')).toBeVisible();
	await r1.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r1.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');

	// 2. Phone, through the link.
	const r2 = await respondent(phone);
	await r2.page.goto(`/r/${leraren.replace('-', '')}`);
	await checkA11y(r2.page);
	await answerAll(r2.page, 3);
	await r2.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r2.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');

	// 3. Phone without JavaScript.
	const r3 = await respondent({ ...phone, javaScriptEnabled: false });
	await r3.page.goto(`/r/${leraren.replace('-', '')}`);
	await answerAll(r3.page, 0);
	await r3.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r3.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');

	// 4. Desktop, saves a draft, continues on another device with the resume link.
	const r4 = await respondent(desktop);
	await r4.page.goto(`/r/${leiding.replace('-', '')}`);
	const questions = r4.page.getByRole('form', { name: 'Vragen' }).getByRole('group');
	await questions
		.nth(0)
		.getByRole('radio', { name: /^Fase 4 ·/ })
		.check();
	await questions
		.nth(1)
		.getByRole('radio', { name: /^Fase 3 ·/ })
		.check();
	await r4.page.getByRole('button', { name: 'Tussentijds opslaan' }).click();
	await expect(r4.page.getByRole('status').filter({ hasText: 'opgeslagen als concept' })).toBeVisible();
	const resume = (
		await r4.page.getByRole('region', { name: 'Later verder, ook op een ander apparaat' }).getByRole('code').innerText()
	).trim();
	const r4b = await respondent(phone);
	await r4b.page.goto(resume);
	await expect(r4b.page.getByText('2 van 5 vragen beantwoord')).toBeVisible();
	await expect(
		r4b.page
			.getByRole('form', { name: 'Vragen' })
			.getByRole('group')
			.nth(0)
			.getByRole('radio', { name: /^Fase 4 ·/ })
	).toBeChecked();
	await answerAll(r4b.page, 4);
	await r4b.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r4b.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');

	// 5. Phone, submits, then changes an answer.
	const r5 = await respondent(phone);
	await r5.page.goto(`/r/${leiding.replace('-', '')}`);
	await answerAll(r5.page, 1);
	await r5.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await r5.page.getByRole('link', { name: 'Antwoorden bekijken of wijzigen' }).click();
	await expect(r5.page.getByRole('status').filter({ hasText: 'U heeft uw antwoorden verstuurd' })).toBeVisible();
	const first = r5.page.getByRole('form', { name: 'Vragen' }).getByRole('group').nth(0);
	await expect(first.getByRole('radio', { name: /^Fase 1 ·/ })).toBeChecked();
	await first.getByRole('radio', { name: /^Fase 5 ·/ }).check();
	await r5.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r5.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');
	await r5.page.getByRole('link', { name: 'Antwoorden bekijken of wijzigen' }).click();
	await expect(
		r5.page
			.getByRole('form', { name: 'Vragen' })
			.getByRole('group')
			.nth(0)
			.getByRole('radio', { name: /^Fase 5 ·/ })
	).toBeChecked();

	// 6. Desktop, one more teacher; leaves a tab open for later.
	const r6 = await respondent(desktop);
	await r6.page.goto(`/r/${leraren.replace('-', '')}`);
	await answerAll(r6.page, 5);
	await r6.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(r6.page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');
	const late = await respondent(desktop);
	await late.page.goto(`/r/${leraren.replace('-', '')}`);
	// The open tab saves a draft by itself a moment after the last change; wait for it, so the
	// counts below do not depend on whether that moment comes before or after the round closes.
	await untilInteractive(late.page);
	await answerAll(late.page, 2);
	await expect(late.page.getByText('Automatisch opgeslagen')).toBeVisible();

	await page.goto(roundUrl);
	await expect(page.getByText('Leraren: 4 ingevuld, 1 bezig')).toBeVisible();
	await expect(page.getByText('Schoolleiding: 2 ingevuld, 0 bezig')).toBeVisible();

	await closeRound(page);
	await late.page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(late.page.getByText(/Deze reflectieronde is gesloten/).first()).toBeVisible();
	await r2.page.goto(`/r/${leraren.replace('-', '')}`);
	await expect(r2.page.getByRole('status')).toHaveText(/Deze reflectieronde is gesloten/);
	await expect(r2.page.getByRole('form', { name: 'Vragen' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('Leraren: 4 ingevuld, 1 bezig')).toBeVisible();
	for (const r of [r1, r2, r3, r4, r4b, r5, r6, late]) await r.context.close();
});

test('the form names every unanswered question and keeps the answers given', async ({ page, scenario, signIn }) => {
	const world = await scenario('board');
	await signIn(world.people.schoolleider.email, world.password);
	const code = await openRound(page, world.schools[0]!.id);
	await page.goto(`/r/${code}`);
	const questions = page.getByRole('form', { name: 'Vragen' }).getByRole('group');
	await questions
		.nth(0)
		.getByRole('radio', { name: /^Fase 2 ·/ })
		.check();
	await page.getByLabel('Toelichting (niet verplicht)').first().fill('Koers is nog niet van iedereen.');
	await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
	await expect(summary.getByRole('listitem')).toHaveCount(4);
	await expect(summary.getByRole('link').first()).toContainText("Kies een antwoord, of 'Weet ik niet'.");
	await expect(questions.nth(0).getByRole('radio', { name: /^Fase 2 ·/ })).toBeChecked();
	await expect(page.getByLabel('Toelichting (niet verplicht)').first()).toHaveValue('Koers is nog niet van iedereen.');
});

test('a leraar finds the open round on the landing page, and reminders reach those who did not answer', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn
}) => {
	const world = await scenario('board');
	await signIn(world.people.schoolleider.email, world.password);
	await openRound(page, world.schools[0]!.id);
	const roundUrl = page.url();
	await page.getByRole('button', { name: 'Herinnering sturen' }).click();
	await expect(page.getByRole('status')).toHaveText(/Er zijn \d+ herinneringen verstuurd\./);
	const mail = await waitForMail(world.people.leraar.email, /Herinnering/);
	expect(mail.text).toContain('Uw antwoorden zijn anoniem');

	const context = await browser.newContext({ baseURL });
	const teacher = await context.newPage();
	await teacher.goto('/aanmelden');
	const form = teacher.getByRole('region', { name: 'Aanmelden', exact: true });
	await form.getByLabel('E-mailadres').fill(world.people.leraar.email);
	await form.getByLabel('Wachtwoord').fill(world.password);
	await form.getByRole('button', { name: 'Aanmelden' }).click();
	const invite = teacher.getByRole('region', { name: 'Reflecties waaraan u kunt meedoen' });
	await expect(invite).toContainText('Reflectie voorjaar');
	await invite.getByRole('link', { name: 'Meedoen' }).click();
	await expect(teacher.getByText('U beantwoordt de vragen als: Leraren')).toBeVisible();
	await teacher.goto(mail.links.find((l) => l.includes('/r/'))!);
	await expect(teacher.getByText('U beantwoordt de vragen als: Leraren')).toBeVisible();
	await context.close();
	await page.goto(roundUrl);
});

test('reflect alone, then add it anonymously to the school round', async ({
	page,
	scenario,
	signIn,
	browser,
	baseURL,
	checkA11y
}) => {
	const world = await scenario('board');
	const leader = await browser.newContext({ baseURL });
	const leaderPage = await leader.newPage();
	await signIn(world.people.schoolleider.email, world.password, leaderPage);
	await openRound(leaderPage, world.schools[0]!.id);
	const roundUrl = leaderPage.url();

	await signIn(world.people.leraar.email, world.password);
	await page.getByRole('link', { name: 'Zelf reflecteren' }).click();
	await page.getByLabel('Model').selectOption({ label: 'Ontwikkelmodel Samen Leren Inhoud Geven' });
	await expect(page.getByLabel('Vanuit welke rol kijkt u?')).toHaveValue('leraren');
	await page.getByRole('button', { name: 'Beginnen' }).click();
	await expect(page.getByRole('form', { name: 'Vragen' })).toBeVisible();
	await checkA11y();
	await answerAll(page, 3);
	await page.getByRole('button', { name: 'Tussentijds opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Uw reflectie is opgeslagen.' })).toBeVisible();
	await page.getByLabel('Reflectieronde', { exact: true }).selectOption({ index: 0 });
	await page.getByRole('button', { name: 'Anoniem toevoegen' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Uw antwoorden zijn anoniem toegevoegd aan de ronde.' })
	).toBeVisible();
	await leaderPage.goto(roundUrl);
	await expect(leaderPage.getByText('Leraren: 1 ingevuld, 0 bezig')).toBeVisible();
	await leader.close();
});
