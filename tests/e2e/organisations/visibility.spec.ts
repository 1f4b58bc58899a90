import { test, expect } from '../support/test.ts';

test('a bestuurder sees every school of the board, grouped by cluster', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('board');
	await signIn(world.people.bestuurder.email, world.password);
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
	// The start page links to the board too: wait for the list, or the click may land on the page
	// that is being left and be lost when the list arrives.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn organisaties');
	await page.getByRole('link', { name: world.board.name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(world.board.name);
	for (const cluster of world.clusters)
		await expect(page.getByRole('heading', { level: 3, name: new RegExp(cluster.name) })).toBeVisible();
	for (const school of world.schools) await expect(page.getByRole('rowheader', { name: school.name })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Leden en uitnodigingen' })).toBeVisible();
	await checkA11y();
	await page.getByRole('rowheader', { name: world.schools[2]!.name }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(world.schools[2]!.name);
	await expect(page.getByRole('link', { name: `Onderdeel van ${world.board.name}` })).toBeVisible();
	await checkA11y();
});

test('a leraar sees only their own school', async ({ page, scenario, signIn, checkA11y }) => {
	const world = await scenario('board');
	await signIn(world.people.leraar.email, world.password);
	await expect(page.getByRole('heading', { level: 2, name: world.schools[0]!.name })).toBeVisible();
	await checkA11y();
	await page.goto('/organisaties');
	await expect(page.getByRole('main').getByRole('link')).toHaveText([world.schools[0]!.name]);
	await page.getByRole('link', { name: world.schools[0]!.name }).click();
	await expect(page.getByText(`Onderdeel van ${world.board.name}`)).toBeVisible();
	await expect(page.getByRole('link', { name: `Onderdeel van ${world.board.name}` })).toHaveCount(0);
	for (const id of [world.board.id, world.schools[1]!.id, world.clusters[0]!.id, world.network.id]) {
		const response = await page.goto(`/organisaties/${id}`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	}
});

test('a critical friend sees only their network', async ({ page, scenario, signIn, checkA11y }) => {
	const world = await scenario('board');
	await signIn(world.people.criticalFriend.email, world.password);
	await page.goto('/organisaties');
	await expect(page.getByRole('main').getByRole('link')).toHaveText([world.network.name]);
	await page.getByRole('link', { name: world.network.name }).click();
	await expect(page.getByRole('rowheader', { name: world.schools[0]!.name })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: world.schools[0]!.name }).getByRole('link')).toHaveCount(0);
	await checkA11y();
	for (const id of [world.board.id, world.schools[0]!.id, world.partnership.id]) {
		expect((await page.goto(`/organisaties/${id}`))?.status()).toBe(404);
	}
});

test('a schoolopleider sees the schools of the partnership but cannot manage them', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('board');
	await signIn(world.people.schoolopleider.email, world.password);
	await page.goto(`/organisaties/${world.partnership.id}`);
	await page.getByRole('link', { name: world.board.name }).click();
	await expect(page.getByRole('rowheader', { name: world.schools[3]!.name })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Leden en uitnodigingen' })).toHaveCount(0);
	expect((await page.goto(`/organisaties/${world.board.id}/leden`))?.status()).toBe(403);
});
