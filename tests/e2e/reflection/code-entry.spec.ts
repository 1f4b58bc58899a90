import { test, expect } from '../support/test.ts';
import { holdScripts, untilInteractive } from '../support/interactive.ts';

// A code that looks right but that nobody knows: eight letters and digits of the code alphabet.
const UNKNOWN = 'ZZZZ9999';

test('a round code nobody knows leads back to the code form with a message, and the right code opens the round', async ({
	page,
	scenario,
	checkA11y
}) => {
	const code = (await scenario('openRound')).codes.leraren;
	const response = await page.goto(`/r/${UNKNOWN}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meedoen aan een reflectie');
	const field = page.getByLabel('Code', { exact: true });
	await expect(field).toHaveValue(UNKNOWN);
	await expect(field).toHaveAccessibleDescription(/Deze code kennen we niet/);
	await checkA11y();

	await field.fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Naar de vragen' }).click();
	await expect(page).toHaveURL(new RegExp(`/r/${code}$`));
	await expect(page.getByText(/van 5 vragen beantwoord/)).toBeVisible();
});

test('a conversation code nobody knows leads back to the code form with a message', async ({ page, scenario }) => {
	const world = await scenario('dialogue');
	expect((await page.goto(`/g/${UNKNOWN}`))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meedoen aan een teamgesprek');
	await expect(page.getByText('Deze code kennen we niet')).toBeVisible();
	await expect(page.getByLabel('Code van het gesprek')).toHaveValue(UNKNOWN);
	await page.getByLabel('Code van het gesprek').fill(world.session.code);
	await page.getByRole('button', { name: 'Meedoen' }).click();
	await expect(page).toHaveURL(new RegExp(`/g/${world.session.code}$`));
});

test('a code typed on a slow phone, before the script has arrived, is kept when it arrives', async ({
	page,
	scenario
}) => {
	const code = (await scenario('openRound')).codes.leraren;
	const release = await holdScripts(page);
	await page.goto(`/r/${UNKNOWN}`, { waitUntil: 'commit' });
	const field = page.getByLabel('Code', { exact: true });
	await field.fill(code);
	release();
	await untilInteractive(page);
	await expect(field).toHaveValue(code);
	await page.getByRole('button', { name: 'Naar de vragen' }).click();
	await expect(page).toHaveURL(new RegExp(`/r/${code}$`));
});
