import type { Page } from '@playwright/test';

/**
 * Resolves once the page's script has run (the root layout marks `<html data-interactive>`). Only
 * for checks of what needs JavaScript, such as an import's progress bar: every page works before
 * that, so everything else waits for what a person sees instead.
 */
export async function untilInteractive(page: Page): Promise<void> {
	await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}
