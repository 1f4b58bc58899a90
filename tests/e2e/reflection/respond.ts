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
