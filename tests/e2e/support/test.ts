/**
 * The browser-test fixture: every test starts at the app started by global setup, and `checkA11y`
 * runs axe-core against WCAG 2.2 A/AA on the page as it is.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export const test = base.extend<{ checkA11y: (page?: Page) => Promise<void> }>({
	// Playwright reads the fixture's dependencies from this (empty) destructuring pattern.
	// eslint-disable-next-line no-empty-pattern
	baseURL: async ({}, use) => {
		const url = process.env.E2E_BASE_URL;
		if (!url) throw new Error('E2E_BASE_URL is not set: global setup did not run');
		await use(url);
	},
	checkA11y: async ({ page }, use) => {
		await use(async (target = page) => {
			const results = await new AxeBuilder({ page: target })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const summary = results.violations.map(
				(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
			expect(summary, `axe violations on ${target.url()}`).toEqual([]);
		});
	}
});

export { expect };
