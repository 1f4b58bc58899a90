import { test, expect } from '../support/test.ts';

test('the start page explains the platform and passes axe', async ({ page, checkA11y }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Werkwijzer Samen Leren/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Samen leren, zichtbaar maken en verder ontwikkelen'
	);
	for (const pillar of ['Reflecteren', 'Plannen', 'Inspiratie opdoen', 'Verbinden']) {
		await expect(page.getByRole('heading', { level: 3, name: pillar })).toBeVisible();
	}
	const footer = page.getByRole('contentinfo');
	await expect(footer.getByRole('link', { name: 'Privacyverklaring' })).toBeVisible();
	await expect(footer.getByRole('link', { name: 'Toegankelijkheidsverklaring' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await checkA11y();
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhoud$/);
});

test('switching the language keeps the page and changes every label', async ({ page, checkA11y }) => {
	await page.goto('/privacy');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacyverklaring');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/privacy$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy statement');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(
		page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Models', exact: true })
	).toBeVisible();
	await checkA11y();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Learn together, make it visible and keep developing'
	);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Samen leren, zichtbaar maken en verder ontwikkelen'
	);
});

test('the language switch refuses to redirect to another site', async ({ request, baseURL }) => {
	const res = await request.post('/taal', {
		form: { locale: 'en', redirect: '//evil.example/' },
		headers: { origin: baseURL! },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toBe('/');
});

test('the privacy and accessibility statements are reachable from the footer', async ({ page, checkA11y }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
	await expect(page.getByText('WCAG 2.2 niveau AA')).toBeVisible();
	await checkA11y();
	await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Anonimiteit' })).toBeVisible();
	await checkA11y();
});

test('an unknown page gets a friendly, accessible 404', async ({ page, checkA11y }) => {
	const response = await page.goto('/bestaat-niet');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await expect(page.getByRole('link', { name: 'Terug naar de startpagina' })).toBeVisible();
	await checkA11y();
});

test('healthz reports that the database is reachable', async ({ request }) => {
	const res = await request.get('/healthz');
	expect(res.status()).toBe(200);
	expect(await res.json()).toMatchObject({ status: 'ok', database: { driver: 'pglite', reachable: true } });
});

test('the header keeps the name, the menu and the tools on one line at 1280 px, in Dutch and English; on a phone the menu goes below', async ({
	page,
	scenario,
	signIn
}, testInfo) => {
	const world = await scenario('board');
	await signIn(world.people.bestuurder.email, world.password);
	const header = page.getByRole('banner');
	for (const language of ['nl', 'en']) {
		const brand = await header.getByRole('link', { name: 'Werkwijzer Samen Leren' }).boundingBox();
		const menu = await header.getByRole('navigation').boundingBox();
		const account = await header
			.getByRole('link', { name: language === 'nl' ? 'Mijn account' : 'My account' })
			.boundingBox();
		const middle = (box: { y: number; height: number } | null) => (box ? box.y + box.height / 2 : NaN);
		if (testInfo.project.name === 'desktop') {
			expect(Math.abs(middle(menu) - middle(brand))).toBeLessThan(4);
			expect(Math.abs(middle(account) - middle(brand))).toBeLessThan(4);
		} else {
			expect(Math.abs(middle(account) - middle(brand))).toBeLessThan(4);
			expect(menu!.y).toBeGreaterThanOrEqual(brand!.y + brand!.height - 1);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			page.viewportSize()!.width
		);
		if (language === 'nl') {
			await header.getByRole('button', { name: 'English' }).click();
			await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
		}
	}
});
