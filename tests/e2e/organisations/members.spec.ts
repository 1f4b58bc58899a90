import { test, expect } from '../support/test.ts';
import { waitForMail } from '../support/mailbox.ts';

test('a schoolleider invites a new leraar, who makes an account through the mail and accepts', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('board');
	const school = world.schools[0]!;
	const email = `uitgenodigd-${Date.now()}@proef.example`;
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/organisaties/${school.id}`);
	await page.getByRole('link', { name: 'Leden en uitnodigingen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Leden van ${school.name}`);
	await checkA11y();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Leraar' });
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.getByRole('status')).toHaveText(`De uitnodiging is verstuurd naar ${email}.`);
	await expect(
		page.getByRole('table', { name: 'Uitnodigingen' }).getByRole('row', { name: new RegExp(email) })
	).toContainText('Openstaand');

	const invite = await waitForMail(email, /Uitnodiging voor/);
	expect(invite.text).toContain(
		`${world.people.schoolleider.name} nodigt u uit om mee te doen met ${school.name} als Leraar`
	);
	const context = await browser.newContext({ baseURL });
	const newcomer = await context.newPage();
	await newcomer.goto(invite.links.find((l) => l.includes('/uitnodigingen/'))!);
	await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Uitnodiging');
	await checkA11y(newcomer);
	await newcomer.getByRole('link', { name: 'Maak een account aan' }).click();
	await newcomer.getByLabel('Naam').fill('Vera Verse');
	await newcomer.getByLabel('E-mailadres').fill(email);
	await newcomer.getByLabel('Wachtwoord').fill('een zin van vier woorden');
	await newcomer.getByRole('button', { name: 'Account aanmaken' }).click();
	const verify = await waitForMail(email, /Bevestig/);
	await newcomer.goto(verify.links.find((l) => l.includes('/verify-email'))!);
	// Confirming the address returns the person to the invitation.
	await expect(newcomer.getByRole('button', { name: 'Uitnodiging accepteren' })).toBeVisible();
	await newcomer.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
	await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText(school.name);
	await context.close();

	await page.reload();
	await expect(page.getByRole('table', { name: 'Leden' }).getByRole('row', { name: /Vera Verse/ })).toContainText(
		'Leraar'
	);
});

test('members can be given another role and removed, but never the last administrator', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('board');
	const school = world.schools[0]!;
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${school.id}/leden`);
	const leider = world.people.schoolleider.name;
	await page.getByRole('button', { name: `${leider} verwijderen uit de organisatie` }).click();
	await expect(page.getByRole('alert')).toHaveText('Dit kan niet: dan heeft de organisatie geen beheerder meer.');
	await page.getByLabel(`Rol van ${world.people.leraar.name}`).selectOption({ label: 'Middenmanager' });
	await page
		.getByRole('row', { name: new RegExp(world.people.leraar.name) })
		.getByRole('button', { name: 'Rol wijzigen' })
		.click();
	await expect(page.getByRole('status')).toHaveText('De rol is gewijzigd.');
	await expect(
		page
			.getByRole('row', { name: new RegExp(world.people.leraar.name) })
			.getByRole('cell')
			.nth(1)
	).toHaveText('Middenmanager');
	await page.getByRole('button', { name: `${world.people.leraar.name} verwijderen uit de organisatie` }).click();
	await expect(page.getByRole('status')).toHaveText('Het lid is verwijderd.');
	await expect(page.getByRole('row', { name: new RegExp(world.people.leraar.name) })).toHaveCount(0);
});

test('a revoked invitation no longer works', async ({ page, browser, baseURL, scenario, signIn }) => {
	const world = await scenario('board');
	const email = `ingetrokken-${Date.now()}@proef.example`;
	await signIn(world.people.bestuurder.email, world.password);
	await page.goto(`/organisaties/${world.board.id}/leden`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Kwaliteitsmedewerker' });
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await page.getByRole('button', { name: `Uitnodiging voor ${email} intrekken` }).click();
	await expect(page.getByRole('status')).toHaveText('De uitnodiging is ingetrokken.');
	const mail = await waitForMail(email, /Uitnodiging/);
	const context = await browser.newContext({ baseURL });
	const other = await context.newPage();
	await other.goto(mail.links.find((l) => l.includes('/uitnodigingen/'))!);
	await expect(other.getByRole('status')).toHaveText('Deze uitnodiging is ingetrokken. Vraag zo nodig een nieuwe aan.');
	await context.close();
});
