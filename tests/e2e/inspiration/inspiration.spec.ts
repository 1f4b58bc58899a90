import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { untilInteractive } from '../support/interactive.ts';

const searchFor = async (page: Page, words: string) => {
	await page.getByLabel('Zoeken in de inspiratiebank').fill(words);
	await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(words).replace(/%20/g, '(\\+|%20)')}`));
};
const results = (page: Page) => page.getByRole('region', { name: /resulta/ });

test('a visitor finds examples by an inflected word, without diacritics and with a typo, narrows them and opens one', async ({
	page,
	scenario,
	checkA11y
}) => {
	const { tag, items } = await scenario('inspiration');
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspiratie' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inspiratie');
	await untilInteractive(page);

	// "visitatie" finds "visitaties", "coordinator" finds "coördinator", a typo still finds the title
	await searchFor(page, `visitatie ${tag}`);
	await expect(results(page).getByRole('heading', { level: 2 })).toHaveText('1 resultaat voor „visitatie ' + tag + '”');
	await expect(results(page).getByRole('link', { name: items.visits })).toBeVisible();
	await expect(results(page).locator('mark').first()).toHaveText(/visitatie/i);
	await searchFor(page, `coordinator ${tag}`);
	await expect(results(page).getByRole('link', { name: items.coordinator })).toBeVisible();
	await searchFor(page, 'begrijpent lezen');
	await expect(results(page).getByRole('link', { name: items.reading })).toBeVisible();

	// Facets narrow the search at once; the board's internal items are not counted for a visitor
	await searchFor(page, tag);
	await expect(results(page).getByRole('heading', { level: 2 })).toContainText('3 resultaten');
	await page.getByRole('group', { name: 'Provincie' }).getByLabel('Zeeland (2)').check();
	await expect(results(page).getByRole('heading', { level: 2 })).toContainText('2 resultaten');
	await page.getByRole('group', { name: 'Sector' }).getByLabel('SO (1)').check();
	await expect(results(page).getByRole('heading', { level: 2 })).toContainText('1 resultaat');
	await expect(page).toHaveURL(/regio=Zeeland/);
	await expect(page).toHaveURL(/sector=SO/);
	await checkA11y();

	// Nothing found says what to drop, and dropping it finds something again
	await page.getByLabel('Zoeken in de inspiratiebank').fill(`${tag} coordinator`);
	await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Niets gevonden' })).toBeVisible();
	await page.getByRole('link', { name: 'zonder SO' }).click();
	await expect(results(page).getByRole('link', { name: items.coordinator })).toBeVisible();

	await searchFor(page, `visitatie ${tag}`);
	await results(page).getByRole('link', { name: items.visits }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(items.visits);
	await expect(page.getByRole('heading', { name: 'Hoe het gaat' })).toBeVisible();
	const about = page.getByRole('region', { name: 'Over dit item' });
	await expect(about).toContainText('Zichtbaar voor');
	await expect(about).toContainText('iedereen');
	await expect(about).toContainText('CC BY 4.0');
	await checkA11y();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the filters work with the button, and the address keeps the search', async ({ page, scenario }) => {
		const { tag, items } = await scenario('inspiration');
		await page.goto(`/inspiratie?q=${tag}`);
		await page.getByRole('group', { name: 'Sector' }).getByLabel('SO (1)').check();
		await page.getByRole('complementary').getByRole('button', { name: 'Verfijnen' }).click();
		await expect(page).toHaveURL(/sector=SO/);
		await expect(results(page).getByRole('link', { name: items.visits })).toBeVisible();
		await expect(results(page).getByRole('heading', { level: 2 })).toContainText('1 resultaat');
	});
});

test('a school leader finds inspiration for the next step on the report of a finished round and on the plan, each with its reason', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('inspiration');
	await signIn(world.people.schoolleider.email, world.password);

	await page.goto(`/reflecties/${world.roundIds[0]}/rapport`);
	const onReport = page.getByRole('region', { name: 'Inspiratie voor jullie volgende stap' });
	await expect(onReport.getByRole('link', { name: new RegExp(`\\(${world.tag}\\)$`) }).first()).toBeVisible();
	await expect(
		onReport.getByText(/^Op .+ staan jullie in fase \d; dit gaat over de stap naar fase \d\.$/).first()
	).toBeVisible();
	await checkA11y();

	await page.goto(`/plannen/${world.planId}`);
	const onPlan = page.getByRole('region', { name: 'Inspiratie voor jullie volgende stap' });
	// The plan's goal on Koers starts in phase 2: the step to phase 3
	await expect(onPlan.getByRole('link', { name: `Koers: van 2 naar 3 (${world.tag})` })).toBeVisible();
	await expect(
		onPlan.getByText('Op Koers staan jullie in fase 2; dit gaat over de stap naar fase 3.').first()
	).toBeVisible();
	await onPlan.getByRole('link', { name: `Koers: van 2 naar 3 (${world.tag})` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Koers: van 2 naar 3 (${world.tag})`);
	await expect(page.getByRole('region', { name: 'Over dit item' })).toContainText(`de mensen van ${world.board.name}`);
	await checkA11y();
});

test('an internal item of a board is not there for a visitor, not even by its address', async ({
	page,
	scenario,
	request
}) => {
	const world = await scenario('inspiration');
	await page.goto(`/inspiratie?q=${world.tag}`);
	await expect(results(page).getByRole('heading', { level: 2 })).toContainText('3 resultaten');
	const internal = await request.get(`/inspiratie?q=${encodeURIComponent(`Koers: van 2 naar 3 (${world.tag})`)}`);
	expect(await internal.text()).not.toContain(`van 2 naar 3 (${world.tag})</a>`);
	const byAddress = await request.get(`/inspiratie/${world.internalItemId}`);
	expect(byAddress.status()).toBe(404);
	const notAnId = await request.get('/inspiratie/geen-id');
	expect(notAnId.status()).toBe(404);
});
