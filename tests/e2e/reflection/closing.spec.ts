/**
 * Closing a round asks first (with and without JavaScript), and afterwards every page that names
 * when the round closes says the day it was closed — not the date it was planned to close.
 */
import { test, expect } from '../support/test.ts';
import { answerAll, dutchDay } from './respond.ts';
import { addDays, dutchDate } from '../../../src/lib/domain/reflection/round.ts';

test('closing asks first, names the consequence, and afterwards every page says the day it closed @desktop-only', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn,
	checkA11y
}) => {
	test.setTimeout(60_000);
	const world = await scenario('openRound');
	const school = world.schools[0]!;
	const code = world.codes.leraren;
	const roundUrl = `/reflecties/${world.roundId}`;
	const today = dutchDate(new Date());
	const planned = addDays(today, 14);
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(roundUrl);
	await expect(page.getByText(`tot en met ${dutchDay(planned, 'long')}`)).toBeVisible();

	// One answer, so that there is a report; one draft, which the confirmation counts.
	const context = await browser.newContext({ baseURL });
	const respondent = await context.newPage();
	await respondent.goto(`/r/${code}`);
	await answerAll(respondent, 3);
	await respondent.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');
	const drafting = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const drafter = await drafting.newPage();
	await drafter.goto(`/r/${code}`);
	await answerAll(drafter, 2);
	await drafter.getByRole('button', { name: 'Tussentijds opslaan' }).click();
	await expect(drafter.getByRole('status').filter({ hasText: 'opgeslagen als concept' })).toBeVisible();

	// The first click only asks; "Niet sluiten" leaves the round open.
	await page.reload();
	await page.getByRole('button', { name: 'Ronde sluiten' }).click();
	const confirm = page.getByRole('region', { name: 'Ronde nu sluiten?' });
	await expect(confirm).toBeFocused();
	await expect(confirm).toContainText('niemand meer antwoorden geven of wijzigen');
	await expect(confirm).toContainText(`gesloten op ${dutchDay(today, 'long')}`);
	await expect(confirm).toContainText('op dit moment zijn er 1 in concept');
	await checkA11y();
	await confirm.getByRole('link', { name: 'Niet sluiten' }).click();
	await expect(page.getByText('Open', { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Ronde nu sluiten?' })).toHaveCount(0);

	// Without JavaScript the same two steps.
	const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const leader = await plain.newPage();
	await signIn(world.people.schoolleider.email, world.password, leader);
	await leader.goto(roundUrl);
	await leader.getByRole('button', { name: 'Ronde sluiten' }).click();
	await expect(leader).toHaveURL(/\?sluiten=#sluiten-bevestigen$/);
	await expect(leader.getByText('Open', { exact: true })).toBeVisible();
	await leader.getByRole('button', { name: 'Ja, ronde nu sluiten' }).click();
	await expect(leader.getByRole('status').filter({ hasText: 'De ronde is gesloten.' })).toBeVisible();
	await plain.close();

	// Everywhere the round now closed today, and nowhere on its planned date.
	const closedLong = `gesloten op ${dutchDay(today, 'long')}`;
	const closedMedium = `gesloten op ${dutchDay(today, 'medium')}`;
	await page.goto(roundUrl);
	await expect(page.getByText('Gesloten', { exact: true })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(closedLong);
	await expect(page.getByRole('main')).not.toContainText(dutchDay(planned, 'long'));
	await page.goto(`/organisaties/${school.id}/reflecties`);
	await expect(page.getByRole('row', { name: /Reflectie voorjaar/ })).toContainText(closedMedium);
	await page.goto(`/organisaties/${school.id}/plannen`);
	await expect(page.getByRole('link', { name: /Vanuit Reflectie voorjaar/ })).toHaveText(
		`Vanuit Reflectie voorjaar (${closedMedium})`
	);
	await page.goto(`${roundUrl}/rapport`);
	await expect(page.getByRole('main')).toContainText(closedMedium);
	await expect(page.getByRole('main')).not.toContainText(dutchDay(planned, 'medium'));
	await respondent.goto(`/r/${code}`);
	await expect(respondent.getByRole('status')).toHaveText(
		`Deze reflectieronde is ${closedLong}. Er kunnen geen antwoorden meer worden gegeven of gewijzigd. Dank voor uw belangstelling.`
	);
	await context.close();
	await drafting.close();
});
