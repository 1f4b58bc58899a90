import type { Page } from '@playwright/test';

/**
 * Resolves once the page's script has run (the root layout marks `<html data-interactive>`). Only
 * for checks of what needs JavaScript, such as an import's progress bar: every page works before
 * that, so everything else waits for what a person sees instead.
 */
export async function untilInteractive(page: Page): Promise<void> {
	await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/**
 * Holds back the page's scripts (not its styles, which the page needs to be drawn) until the
 * returned function is called: for acting as a person on a slow phone, before the script arrives.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
