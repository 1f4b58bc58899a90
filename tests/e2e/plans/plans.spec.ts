import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect } from '../support/test.ts';
import { waitForMail } from '../support/mailbox.ts';

/** A date `days` from today as the date field wants it (YYYY-MM-DD). */
const inDays = (days: number) => {
	const d = new Date();
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};

test('@desktop-only from the report to a plan with owners, an evaluation, movement, a reminder and the respondents’ page', async ({
	page,
	scenario,
	signIn,
	runJob,
	checkA11y
}) => {
	test.setTimeout(120_000);
	const world = await scenario('plan');
	const school = world.schools[0]!;
	const leraar = world.people.leraar;
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundIds[0]}/rapport`);
	await page.getByRole('link', { name: 'Maak een ontwikkelplan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Van reflectie naar plan: Reflectie ${school.name}`);
	await checkA11y();

	// One focus aspect is not enough: the form says so, and keeps what was chosen.
	const focus = page.getByRole('group', { name: 'Focusaspecten' });
	for (const box of await focus.getByRole('checkbox').all()) await box.uncheck();
	await focus.getByRole('checkbox', { name: 'Koers' }).check();
	await page
		.getByLabel('Gewenste fase voor Koers')
		.selectOption({ label: '4. Cyclisch en georganiseerd samen leren: synergie, empowerment, eigenaarschap' });
	await page.getByRole('button', { name: 'Maak het ontwikkelplan' }).click();
	await expect(page.getByText('Kies twee of drie focusaspecten.').first()).toBeVisible();
	await expect(focus.getByRole('checkbox', { name: 'Koers' })).toBeChecked();
	await focus.getByRole('checkbox', { name: 'Lerende professional' }).check();
	await page.getByRole('button', { name: 'Maak het ontwikkelplan' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		new RegExp(`^Ontwikkelplan ${school.name} \\d{4}-\\d{4}$`)
	);
	const koers = page.getByRole('region', { name: 'Koers' });
	await expect(koers.getByText(/doel: 4\. Cyclisch/)).toBeVisible();
	// The later round on the same model shows how Koers moved for the teachers.
	const moved = koers.getByRole('table', { name: 'Mediaan per laag voor Koers: toen en nu' });
	await expect(
		moved
			.getByRole('row', { name: /Leraren/ })
			.getByRole('cell')
			.last()
	).toHaveText(/^\+\d/);

	// A suggested action from the model, taken over as it is.
	const suggestion = (await koers
		.getByRole('listitem')
		.filter({ has: page.getByRole('button', { name: /Neem over/ }) })
		.first()
		.locator('span')
		.textContent())!.trim();
	await koers.getByRole('button', { name: `Neem over als actie: ${suggestion}` }).click();
	const actions = koers.getByRole('table', { name: 'Acties voor Koers' });
	await expect(actions.getByRole('cell', { name: suggestion })).toBeVisible();

	// An action with an owner and a date; a due date before the start is refused with a reason.
	const what = 'Koers bespreken in de bouwvergadering';
	const form = koers.getByRole('form', { name: 'Nieuwe actie voor Koers' });
	await form.getByLabel('Wat', { exact: true }).fill(what);
	await form.getByLabel('Wie', { exact: true }).selectOption({ label: leraar.name });
	await form.getByLabel('Start', { exact: true }).fill(inDays(10));
	await form.getByLabel('Klaar op', { exact: true }).fill(inDays(3));
	await form.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(koers.getByText('Kies een datum op of na de startdatum.')).toBeVisible();
	await expect(form.getByLabel('Wat', { exact: true })).toHaveValue(what);
	await form.getByLabel('Start', { exact: true }).fill(inDays(-1));
	await form.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(actions.getByRole('row', { name: new RegExp(what) })).toContainText(leraar.name);

	// A moment of evaluation.
	const moments = page.getByRole('region', { name: 'Momenten in de cyclus' });
	await moments.getByLabel('Soort moment').selectOption({ label: 'Evaluatie' });
	await moments.getByLabel('Aantekeningen').fill('Het team kent de koers beter; de bouwen werken ermee.');
	await moments.getByRole('button', { name: 'Moment opslaan' }).click();
	await expect(moments.getByRole('heading', { name: /^Evaluatie · / })).toBeVisible();
	await expect(moments.getByText('Het team kent de koers beter; de bouwen werken ermee.')).toBeVisible();
	await checkA11y();

	// The morning reminder reaches the owner of the action due in three days.
	await runJob('action-reminders');
	const mail = await waitForMail(leraar.email, /Herinnering: Koers bespreken/);
	expect(mail.text).toContain(school.name);
	expect(mail.links.some((l) => l.includes('/plannen/'))).toBe(true);

	// "Jullie zeiden — wij gaan", published for the respondents.
	await page.getByRole('link', { name: 'Vertel de respondenten wat jullie gaan doen' }).click();
	await expect(page.getByLabel('Jullie zeiden')).toHaveValue(/Leraren/);
	await expect(page.getByLabel('Wij gaan')).toHaveValue(/Koers: van .+ naar .+\. Dat doen we zo:/);
	await page.getByLabel('Wij gaan').fill('We bespreken de koers in elke bouw en evalueren in juni.');
	await page.getByLabel('Publiceren voor de respondenten').check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Opgeslagen en gepubliceerd.')).toBeVisible();
	await checkA11y();

	// A respondent opens the link of their round again, without an account.
	const respondent = await page.context().browser()!.newContext();
	const phone = await respondent.newPage();
	await phone.goto(new URL(`/r/${world.firstRoundCode}`, page.url()).toString());
	await phone.getByRole('link', { name: 'Lees wat de school met de antwoorden doet' }).click();
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Wat ${school.name} met jullie antwoorden doet`);
	await expect(phone.getByText('We bespreken de koers in elke bouw en evalueren in juni.')).toBeVisible();
	await checkA11y(phone);
	await respondent.close();
});

test('the team reads the plan and comments but cannot change it; the board sees every school’s plan', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('planMade');
	const school = world.schools[0]!;
	await signIn(world.people.leraar.email, world.password);
	await page.goto(`/organisaties/${school.id}`);
	await page.getByRole('link', { name: 'Ontwikkelplannen' }).click();
	await page.getByRole('link', { name: `Plan ${world.schoolYear}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ontwikkelplan ${school.name} ${world.schoolYear}`);
	await expect(page.getByRole('cell', { name: 'Koers bespreken in elke bouw' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Actie toevoegen' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Kopieer naar/ })).toHaveCount(0);
	await page.getByLabel('Uw reactie').fill('Goed plan! Ik doe graag mee met de datamuur.');
	await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
	const comments = page.getByRole('region', { name: 'Reacties van het team' });
	await expect(comments.getByText('Goed plan! Ik doe graag mee met de datamuur.')).toBeVisible();
	await expect(comments.getByText(world.people.leraar.name)).toBeVisible();
	await checkA11y();

	await page.context().clearCookies();
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${world.board.id}/plannen`);
	const table = page.getByRole('table', { name: 'Ontwikkelplannen' });
	await expect(table.getByRole('row', { name: new RegExp(school.name) })).toContainText('Koers: van 2.');
	await expect(table.getByRole('row', { name: new RegExp(school.name) })).toContainText('1 van 2 acties klaar');
	await expect(table.getByRole('row', { name: new RegExp(world.schools[1]!.name) })).toContainText(
		'Nog geen plan voor dit schooljaar'
	);
	await checkA11y();
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als CSV' }).click()
	]);
	const text = fs.readFileSync(await csv.path(), 'utf8');
	expect(text).toContain(`${school.name};`);
	expect(text).toMatch(/Koers: fase 2 naar 3/);
	const [pdf] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als PDF' }).click()
	]);
	const pdfText = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
	expect(execFileSync('pdfinfo', [await pdf.path()], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
	expect(pdfText).toContain('Ontwikkelplannen van');
	expect(pdfText).toMatch(/Koers: fase 2 naar 3/);
	expect(pdfText).toContain('Nog geen plan voor dit');
});
