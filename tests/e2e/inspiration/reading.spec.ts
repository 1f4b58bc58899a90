import { test, expect } from '../support/test.ts';

test('a school leader saves an item, finds it under Bewaard and names it as the source of a plan action', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('inspiration');
	// A visitor is asked to sign in first
	await page.goto(`/inspiratie?q=${world.tag}`);
	await page.getByRole('link', { name: world.items.visits }).click();
	await expect(page.getByRole('link', { name: 'Meld je aan om dit item te bewaren' })).toBeVisible();
	const itemUrl = page.url();

	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(itemUrl);
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByRole('button', { name: 'Niet meer bewaren' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('link', { name: 'Delen per e-mail' })).toHaveAttribute(
		'href',
		new RegExp(`^mailto:\\?subject=.*${encodeURIComponent(itemUrl).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
	);
	await checkA11y();

	await page.goto('/inspiratie');
	await page.getByRole('link', { name: 'Bewaard' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaard');
	await expect(page.getByRole('link', { name: world.items.visits })).toBeVisible();
	await checkA11y();

	// On the plan, the saved item can be named as the source of an action
	await page.goto(`/plannen/${world.planId}`);
	await page.getByText('Wijzig: Koers bespreken in elke bouw').click();
	const source = page.getByLabel('Inspiratie als bron').first();
	await source.selectOption({ label: world.items.visits });
	await page.getByRole('button', { name: 'Als bron toevoegen' }).first().click();
	const table = page.getByRole('table', { name: /Koers/ });
	await expect(table.getByRole('link', { name: world.items.visits })).toBeVisible();
	await checkA11y();

	// Taking it off again, in the action's own part of the page
	await page.getByText('Wijzig: Koers bespreken in elke bouw').click();
	await page.getByRole('button', { name: `Bron ${world.items.visits} weghalen` }).click();
	await expect(table.getByRole('link', { name: world.items.visits })).toHaveCount(0);

	// Taking it off the saved list
	await page.goto('/inspiratie/bewaard');
	await page.getByRole('button', { name: `${world.items.visits} niet meer bewaren` }).click();
	await expect(page.getByText('Je hebt nog niets bewaard.')).toBeVisible();
});

test('the saved list is one’s own: it needs an account', async ({ page }) => {
	await page.goto('/inspiratie/bewaard');
	await expect(page).toHaveURL(/\/aanmelden\?naar=%2Finspiratie%2Fbewaard/);
});
