/**
 * A board's own model without suggested actions (issue 11, fault 3): the plan page says so, offers
 * the next level's description as the goal and that level's indicators, and makes writing one's own
 * action the obvious next step.
 */
import { test, expect } from '../support/test.ts';

test('a plan on a model without suggested actions says so and helps to write one’s own', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('ownModel');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/plannen/${world.planId}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Ontwikkelplan');

	// Both stand at level 2; the model describes level 3, and has no actions for either.
	const koers = page.getByRole('region', { name: 'Koers en visie' });
	await expect(
		koers.getByText('Het model Kwaliteitskaart De Linde stelt bij dit aspect geen acties voor.')
	).toBeVisible();
	await expect(koers.locator('p', { hasText: 'Zo ziet niveau 3 eruit:' })).toHaveText(
		'Zo ziet niveau 3 eruit: De koers is samen gemaakt en stuurt keuzes in de school.'
	);
	// Level 3 of Koers has indicators: shown as what to look for. Werken met data has none.
	await expect(koers.getByText('Waaraan zie je dat de school op niveau 3 staat?')).toBeVisible();
	await expect(
		koers.getByRole('listitem').filter({ hasText: 'Elk teamlid kan de drie speerpunten van de school noemen.' })
	).toBeVisible();
	const data = page.getByRole('region', { name: 'Werken met data' });
	await expect(data.getByText('Zo ziet niveau 3 eruit:')).toBeVisible();
	await expect(data.getByText(/^Waaraan zie je/)).toHaveCount(0);

	await koers.getByRole('button', { name: 'Neem over als doel voor Koers en visie' }).click();
	await expect(koers.getByRole('button', { name: 'Neem over als doel voor Koers en visie' })).toHaveCount(0);
	await expect(koers.getByLabel('Wat willen we dan zien? (in eigen woorden)')).toHaveValue(
		'Zo ziet niveau 3 eruit: De koers is samen gemaakt en stuurt keuzes in de school.'
	);

	// Writing one's own action is one step away.
	await koers.getByRole('link', { name: 'Schrijf zelf een actie voor Koers en visie' }).click();
	const what = koers.getByRole('form', { name: 'Nieuwe actie voor Koers en visie' }).getByLabel('Wat');
	await expect(what).toBeInViewport();
	await what.fill('Koers samen herschrijven op de studiedag');
	await koers.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(
		koers.getByRole('table', { name: /Acties voor Koers en visie/ }).getByRole('cell', {
			name: 'Koers samen herschrijven op de studiedag'
		})
	).toBeVisible();
	await checkA11y();
});
