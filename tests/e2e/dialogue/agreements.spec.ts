/**
 * The facilitator records what the team agreed and closes the conversation; the round's report keeps
 * every conversation's agreement, dated, whatever the answers — also while the round is open, and
 * when it closed without enough answers to show any figure.
 */
import { execFileSync } from 'node:child_process';
import { test, expect } from '../support/test.ts';

const SHOTS = process.env.E2E_SHOTS;
const PRIMARY = 'rgb(31, 78, 95)';

test('agreements: long notes are refused whole, line breaks stay, closing asks first, the report keeps every agreement @desktop-only', async ({
	page,
	scenario,
	signIn,
	checkA11y
}) => {
	test.setTimeout(90_000);
	const world = await scenario('dialogue');
	await signIn(world.people.schoolleider.email, world.password);

	// Nobody placed yet: the reveal button cannot be used, and does not look as if it could.
	await page.goto(`/gesprekken/${world.session.id}`);
	const reveal = page.getByRole('button', { name: 'Toon de verdeling aan iedereen' });
	await expect(reveal).toBeDisabled();
	const look = await reveal.evaluate((b) => {
		const style = getComputedStyle(b);
		return { background: style.backgroundColor, cursor: style.cursor };
	});
	expect(look.background).not.toBe(PRIMARY);
	expect(look.cursor).toBe('not-allowed');

	// The conversation where eight colleagues placed Koers: reveal, then record.
	await page.goto(`/gesprekken/${world.projected.id}`);
	await page.getByRole('button', { name: 'Toon de verdeling aan iedereen' }).click();
	await expect(page.getByRole('heading', { name: 'Vragen voor het gesprek' })).toBeFocused();
	await page
		.getByRole('group', { name: 'Afgesproken fase bij Koers' })
		.getByRole('radio', { name: /^2\. Doelgericht/ })
		.check();
	const notes = page.getByLabel('Toelichting (wat zagen we, wat spraken we af?)');
	await expect(page.getByText('Maximaal 2.000 tekens; regels blijven zoals u ze typt.')).toBeVisible();
	const long = 'Wij zien het anders. '.repeat(120).trim();
	await notes.fill(long);
	await expect(notes).toHaveValue(long);
	await expect(page.getByText(`${long.length.toLocaleString('nl-NL')} van 2.000 tekens`)).toBeVisible();
	await page.getByRole('button', { name: 'Vastleggen' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		`De toelichting is te lang: maximaal 2.000 tekens, nu ${long.length.toLocaleString('nl-NL')}. Uw tekst staat er nog; maak hem korter en leg opnieuw vast.`
	);
	// Nothing typed is lost, and the field says it is the one that is wrong.
	await expect(notes).toHaveValue(long);
	await expect(notes).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('radio', { name: /^2\. Doelgericht/ })).toBeChecked();
	await checkA11y(page);

	await notes.fill('De koers staat op papier.\nNu samen met het team uitwerken.');
	await page.getByRole('button', { name: 'Vastleggen' }).click();
	const saved = page.getByRole('status').filter({ hasText: 'Vastgelegd' });
	await expect(saved).toHaveText('Vastgelegd: het team staat in fase 2 (Doelgericht).');
	await expect(saved).toBeFocused();
	// The field shows what was saved, not the text refused before it.
	await expect(notes).toHaveValue('De koers staat op papier.\nNu samen met het team uitwerken.');

	// Closing asks first; "no" leaves the conversation running.
	await page.getByRole('button', { name: 'Gesprek afsluiten' }).click();
	const question = page.getByText('Gesprek afsluiten? Daarna kan niemand meer plaatsen');
	await expect(question).toBeFocused();
	await checkA11y(page);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/facilitator-confirm-close.png`, fullPage: true });
	await page.getByRole('link', { name: 'Nee, ga verder' }).click();
	await expect(question).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Gesprek afsluiten' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Gesprek afsluiten' })).toBeVisible();
	await page.getByRole('button', { name: 'Gesprek afsluiten' }).click();
	await page.getByRole('button', { name: 'Ja, sluit het gesprek af' }).click();
	await expect(
		page.getByText('Dit gesprek is afgesloten. De afspraken staan in het rapport van de ronde.')
	).toBeVisible();

	// The round is still open and nobody answered: the report already holds both conversations' agreements.
	await page.getByRole('link', { name: 'Naar het rapport' }).click();
	await expect(page.getByText('Het rapport is beschikbaar zodra de ronde gesloten is.')).toBeVisible();
	const team = page.getByRole('region', { name: 'Wat het team afsprak' });
	const rows = team.getByRole('row');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText('2. Doelgericht, oriënterend, beperkte samenwerking');
	await expect(rows.nth(1)).toContainText('Studiemiddag');
	await expect(rows.nth(2)).toContainText('1. Ad hoc, individueel, reactief');
	await expect(rows.nth(2)).toContainText('We beginnen pas.');
	const earlier = new Date(`${world.earlierOn}T12:00:00Z`).toLocaleDateString('nl-NL', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	await expect(rows.nth(2)).toContainText(`Studiedag, ${earlier}`);
	// The facilitator's line break is still there.
	expect(await rows.nth(1).getByRole('cell').nth(1).innerText()).toBe(
		'De koers staat op papier.\nNu samen met het team uitwerken.'
	);
	await checkA11y(page);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-open-agreements.png`, fullPage: true });

	// A round that closed without a single answer shows no figure, and still the team's agreement.
	await page.goto(`/reflecties/${world.closedRoundId}/rapport`);
	await expect(page.getByText('Geen enkele groep heeft genoeg antwoorden')).toBeVisible();
	const closedTeam = page.getByRole('region', { name: 'Wat het team afsprak' });
	await expect(closedTeam.getByRole('row', { name: /Koers/ })).toContainText('2. Doelgericht');
	await checkA11y(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als PDF' }).click()
	]);
	const pdf = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' });
	expect(pdf).toContain('Wat het team afsprak');
	// Its own line in the PDF too, not run together with the next sentence.
	expect(pdf).toMatch(/De koers is bekend\.\s*\n\s*Nu samen uitwerken\./);
	expect(pdf).not.toContain('?Nu');
});
