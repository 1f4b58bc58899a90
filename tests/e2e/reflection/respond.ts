import { expect, type Page } from '@playwright/test';

/** Answers every question of the respondent form with the given level (1-based), or "Weet ik niet" for 0. */
export async function answerAll(page: Page, level: number): Promise<void> {
	const questions = page.getByRole('form', { name: 'Vragen' }).getByRole('group');
	// count() does not wait: after a navigation the form may not be there yet.
	await expect(questions.first()).toBeVisible();
	const count = await questions.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const group = questions.nth(i);
		const radio =
			level === 0
				? group.getByRole('radio', { name: 'Weet ik niet' })
				: group.getByRole('radio', { name: new RegExp(`^Fase ${level} ·`) });
		await radio.check();
	}
}

export async function codeOf(page: Page, layer: string): Promise<string> {
	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: layer, exact: true }) });
	return (await card.getByText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/).innerText()).trim();
}

/** Creates and opens a round on the five-aspect model for a school; leaves the page on the round. */
export async function openRound(page: Page, schoolId: string, title = 'Reflectie voorjaar'): Promise<string> {
	await page.goto(`/organisaties/${schoolId}/reflecties/nieuw`);
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Ontwikkelmodel').selectOption({ label: 'Ontwikkelmodel Samen Leren Inhoud Geven' });
	await page.getByRole('button', { name: 'Reflectieronde aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return (await codeOf(page, 'Leraren')).replace('-', '');
}

/** Closes the round whose page is open, through the confirmation step. */
export async function closeRound(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Ronde sluiten' }).click();
	await page.getByRole('button', { name: 'Ja, ronde nu sluiten' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De ronde is gesloten.' })).toBeVisible();
}

/** A date as the Dutch pages write it (`long`: 3 december 2026; `medium`: 3 dec 2026). */
export function dutchDay(iso: string, style: 'long' | 'medium'): string {
	return new Intl.DateTimeFormat('nl-NL', { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}
