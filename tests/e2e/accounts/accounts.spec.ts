import { test, expect } from '../support/test.ts';
import { waitForMail } from '../support/mailbox.ts';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

test('sign up, confirm the address through the mail, and arrive signed in', async ({ page, checkA11y }) => {
	const email = `nieuw-${unique()}@proef.example`;
	await page.goto('/');
	await page.getByRole('link', { name: 'Aanmelden' }).click();
	await page.getByRole('link', { name: 'Maak een account aan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account aanmaken');
	await checkA11y();
	await page.getByLabel('Naam').fill('Nina Nieuw');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('een zin van vier woorden');
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevestig uw e-mailadres');
	await expect(page.getByRole('status')).toContainText(email);
	await checkA11y();

	const mail = await waitForMail(email, /Bevestig uw e-mailadres/);
	const link = mail.links.find((l) => l.includes('/api/auth/verify-email'));
	expect(link).toBeDefined();
	await page.goto(link!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Nina Nieuw');
	await expect(page.getByRole('link', { name: 'Mijn account' })).toBeVisible();
});

test('the sign-up form names every bad field and keeps what was typed', async ({ page, checkA11y }) => {
	await page.goto('/registreren');
	await page.getByLabel('Naam').fill('Piet Proef');
	await page.getByLabel('E-mailadres').fill('geen-adres');
	await page.getByLabel('Wachtwoord').fill('kort');
	// The browser's own checks are skipped so that the server's messages are tested.
	await page
		.getByRole('main')
		.locator('form')
		.evaluate((f) => f.setAttribute('novalidate', ''));
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Er is iets niet goed ingevuld');
	await expect(summary.getByRole('link', { name: /E-mailadres: Vul een geldig e-mailadres in/ })).toBeVisible();
	await expect(page.getByLabel('Naam')).toHaveValue('Piet Proef');
	await expect(page.getByLabel('E-mailadres')).toHaveValue('geen-adres');
	await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
	await checkA11y();
});

test('sign in with a password; a wrong password gets a clear message', async ({ page, scenario, checkA11y }) => {
	const world = await scenario('board');
	const person = world.people.leraar;
	await page.goto('/aanmelden');
	await checkA11y();
	const form = page.getByRole('region', { name: 'Aanmelden', exact: true });
	await form.getByLabel('E-mailadres').fill(person.email);
	await form.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
	await form.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
	await expect(form.getByLabel('E-mailadres')).toHaveValue(person.email);
	await form.getByLabel('Wachtwoord').fill(world.password);
	await form.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${person.name}`);
	await checkA11y();
});

test('sign in with a magic link from the mail', async ({ page, scenario }) => {
	const world = await scenario('board');
	const person = world.people.schoolleider;
	await page.goto('/aanmelden');
	const form = page.getByRole('region', { name: 'Aanmelden zonder wachtwoord' });
	await form.getByLabel('E-mailadres').fill(person.email);
	await form.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
	await expect(page.getByRole('status')).toContainText('staat er nu een inloglink in uw mailbox');
	const mail = await waitForMail(person.email, /inloglink/);
	await page.goto(mail.links.find((l) => l.includes('/magic-link/verify'))!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${person.name}`);
});

test('reset a forgotten password through the mail, then sign in with the new one', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('board');
	const person = world.people.leraar;
	await page.goto('/aanmelden');
	await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
	await page.getByLabel('E-mailadres').fill(person.email);
	await page.getByRole('button', { name: 'Stuur de link' }).click();
	await expect(page.getByRole('status')).toContainText('staat er nu een link in uw mailbox');
	const mail = await waitForMail(person.email, /Nieuw wachtwoord/);
	await page.goto(mail.links.find((l) => l.includes('/reset-password/'))!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord instellen');
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn nieuwe lange wachtwoord');
	await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets anders');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.getByRole('alert')).toContainText('De twee wachtwoorden zijn niet gelijk.');
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn nieuwe lange wachtwoord');
	await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn nieuwe lange wachtwoord');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');
	await signIn(person.email, 'mijn nieuwe lange wachtwoord');
});

test('sign out everywhere ends the sessions on other devices too', async ({
	browser,
	baseURL,
	scenario,
	signIn,
	page,
	checkA11y
}) => {
	const world = await scenario('board');
	const person = world.people.bestuurder;
	await signIn(person.email, world.password);
	const other = await browser.newContext({ baseURL });
	const phone = await other.newPage();
	await signIn(person.email, world.password, phone);
	await page.getByRole('link', { name: 'Mijn account' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
	await checkA11y();
	await page.getByRole('button', { name: 'Overal afmelden' }).click();
	await expect(page.getByRole('link', { name: 'Aanmelden' })).toBeVisible();
	await phone.goto('/start');
	await expect(phone).toHaveURL(/\/aanmelden\?naar=/);
	await other.close();
});
