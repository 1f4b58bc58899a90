/**
 * A date a person can type but the platform does not hold (issue 11, fault 12): the new-round form
 * names the field and the years it accepts, and keeps everything else that was typed. Dates that do
 * not exist at all (31 February) a browser's date field cannot send; the form sweep
 * (tests/e2e/shell/form-sweep.spec.ts) posts those.
 */
import { test, expect } from '../support/test.ts';

test('a new round opening in 1999 is refused by name, and the title and introduction stay', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('board');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/organisaties/${world.schools[0]!.id}/reflecties/nieuw`);
	await page.getByLabel('Titel').fill('Reflectie met een oude datum');
	await page.getByLabel('Introductie voor de deelnemers').fill('Vul dit in voor de studiedag.');
	await page.getByLabel('Open vanaf').fill('1999-06-01');
	await page.getByRole('button', { name: 'Reflectieronde aanmaken' }).click();

	const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
	await expect(summary.getByRole('link')).toHaveText(['Open vanaf: Vul een bestaande datum in tussen 2000 en 2100.']);
	await expect(page.getByLabel('Open vanaf')).toHaveAccessibleDescription(
		'Vul een bestaande datum in tussen 2000 en 2100.'
	);
	await expect(page.getByLabel('Titel')).toHaveValue('Reflectie met een oude datum');
	await expect(page.getByLabel('Introductie voor de deelnemers')).toHaveValue('Vul dit in voor de studiedag.');
	await expect(page.getByLabel('Open vanaf')).toHaveValue('1999-06-01');
	await checkA11y();
});
