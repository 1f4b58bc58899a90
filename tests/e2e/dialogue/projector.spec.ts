/**
 * The projector view of a team conversation: what the room sees on the big screen. Before the
 * reveal only the way to join and the count — never the spread while people can still change their
 * placement; after the reveal the spread and its questions. It fits the screen without scrolling.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';

const SHOTS = process.env.E2E_SHOTS;

/** No scrolling, and nothing of the view runs into the facilitator's controls below it. */
async function fitsTheScreen(page: Page): Promise<void> {
	const { scroll, viewport, wide } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollHeight,
		viewport: window.innerHeight,
		wide: document.documentElement.scrollWidth > window.innerWidth
	}));
	expect(scroll, 'the projector view scrolls').toBeLessThanOrEqual(viewport);
	expect(wide, 'the projector view scrolls sideways').toBe(false);
	const controls = await page.getByRole('navigation', { name: 'Bediening van het gesprek' }).boundingBox();
	for (const name of ['Doe mee op uw telefoon', 'Stand van het gesprek']) {
		const lowest = await page
			.getByRole('region', { name, exact: true })
			.evaluate((region) =>
				Math.max(...[region, ...region.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom))
			);
		expect(lowest, `${name} runs into the controls`).toBeLessThanOrEqual(controls!.y);
	}
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
]) {
	test(`the projector view at ${viewport.width}×${viewport.height}: the code and count, the spread only after the reveal, never scrolling @desktop-only`, async ({
		browser,
		scenario,
		signIn,
		checkA11y
	}) => {
		// Three steps with a reveal each and two accessibility scans: more than one page's worth.
		test.setTimeout(60_000);
		const world = await scenario('dialogue');
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await signIn(world.people.schoolleider.email, world.password, page);
		await page.goto(`/gesprekken/${world.projected.id}`);
		// The facilitator's own screen shows the spread early, and says it is theirs alone.
		await expect(page.getByText('Alleen op uw scherm: de verdeling tot nu toe.')).toBeVisible();
		await page.getByRole('link', { name: 'Projectieweergave openen' }).click();
		await expect(page).toHaveURL(/\/scherm$/);
		// Loaded on its own, as on the projector's computer, so that the page's data is its own.
		await page.reload();

		await expect(page.getByRole('heading', { level: 1, name: 'Koers' })).toBeVisible();
		// Nothing but the conversation: no site header or menu on the projector.
		await expect(page.getByRole('banner')).toHaveCount(0);
		const join = page.getByRole('region', { name: 'Doe mee op uw telefoon' });
		await expect(join).toContainText(/Doe mee op .+\/g/);
		await expect(join).toContainText(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
		await expect(join.getByRole('img')).toHaveCount(1);
		await expect(join.getByRole('img')).toHaveAccessibleName('QR-code om mee te doen aan het gesprek');
		await expect(page.getByText('Geplaatst: 8')).toBeVisible();
		// Eight placed, so the facilitator's screen shows the spread: the projector does not, not even in its data.
		await expect(page.getByRole('table')).toHaveCount(0);
		expect(await page.content()).not.toContain('distribution');
		await fitsTheScreen(page);
		await checkA11y(page);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/projector-${viewport.width}-before.png` });

		await page.getByRole('button', { name: 'Toon de verdeling aan iedereen' }).click();
		const spread = page.getByRole('table', { name: 'Verdeling van de plaatsingen bij Koers (8 plaatsingen)' });
		await expect(spread).toBeVisible();
		await expect(
			spread.getByRole('row', { name: /^4 Cyclisch en georganiseerd samen leren/ }).getByRole('cell')
		).toHaveText('4');
		await expect(spread.getByRole('row', { name: /^1 Ad hoc/ }).getByRole('cell')).toHaveText('2');
		const questions = page.getByRole('region', { name: 'Vragen voor het gesprek' });
		await expect(questions.getByRole('listitem')).toHaveText([
			'Leraren plaatsen de school in fase 1, Schoolleiding in fase 4. Waar komt dat verschil vandaan?',
			"De plaatsingen lopen uiteen van fase 1 (Ad hoc) tot fase 4 (Cyclisch en georganiseerd samen leren). Wat zien de collega's die hoger plaatsen, wat zien zij die lager plaatsen?",
			'25% weet het niet. Wat hebben we nodig om dit wel te kunnen zien?'
		]);
		// The reveal button is gone; focus went on to the questions, not back to the top.
		await expect(questions.getByRole('heading', { name: 'Vragen voor het gesprek' })).toBeFocused();
		await fitsTheScreen(page);
		await checkA11y(page);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/projector-${viewport.width}-revealed.png` });

		// The next aspect: too few leaders placed to compare the layers, and the screen says why.
		await page.getByRole('button', { name: 'Volgend aspect' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gebruik van data en feedback' })).toBeVisible();
		await expect(page.getByText('Geplaatst: 4')).toBeVisible();
		await expect(page.getByRole('table')).toHaveCount(0);
		await page.getByRole('button', { name: 'Toon de verdeling aan iedereen' }).click();
		await expect(page.getByRole('region', { name: 'Vragen voor het gesprek' })).toContainText(
			'Een vraag over verschillen tussen de lagen ontbreekt: in minstens één laag plaatsten minder dan 3 mensen.'
		);
		await fitsTheScreen(page);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/projector-${viewport.width}-withheld.png` });
		await context.close();
	});
}
