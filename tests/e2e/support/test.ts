/**
 * The browser-test fixture: every test starts at the app started by global setup. `checkA11y` runs
 * axe-core against WCAG 2.2 A/AA; `scenario` creates a fresh, unique world of test data in the
 * server; `signIn` signs a person in through the sign-in form, as they would.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import type { ownModelScenario } from '../../../src/lib/server/seed/factories/own-model.ts';
import type {
	boardScenario,
	openRoundScenario,
	dialogueScenario,
	planMadeScenario,
	planScenario,
	platformAdminScenario,
	reportScenario
} from '../../../src/lib/server/seed/factories/scenarios.ts';
import type { anonymityScenario } from '../../../src/lib/server/seed/factories/anonymity-scenario.ts';
import type { inspirationScenario } from '../../../src/lib/server/seed/factories/inspiration.ts';

type Scenarios = {
	board: Awaited<ReturnType<typeof boardScenario>>;
	openRound: Awaited<ReturnType<typeof openRoundScenario>>;
	platformAdmin: Awaited<ReturnType<typeof platformAdminScenario>>;
	report: Awaited<ReturnType<typeof reportScenario>>;
	plan: Awaited<ReturnType<typeof planScenario>>;
	planMade: Awaited<ReturnType<typeof planMadeScenario>>;
	ownModel: Awaited<ReturnType<typeof ownModelScenario>>;
	anonymity: Awaited<ReturnType<typeof anonymityScenario>>;
	dialogue: Awaited<ReturnType<typeof dialogueScenario>>;
	inspiration: Awaited<ReturnType<typeof inspirationScenario>>;
};

export const test = base.extend<{
	checkA11y: (page?: Page) => Promise<void>;
	scenario: <K extends keyof Scenarios>(name: K) => Promise<Scenarios[K]>;
	signIn: (email: string, password: string, page?: Page) => Promise<void>;
	runJob: (job: 'action-reminders') => Promise<void>;
}>({
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
	},
	scenario: async ({ request }, use) => {
		await use(async (name) => {
			const response = await request.post('/testdata/scenario', {
				data: { name },
				headers: { 'x-test-fixtures-token': process.env.E2E_FIXTURES_TOKEN ?? '' }
			});
			expect(response.status(), await response.text()).toBe(200);
			return response.json();
		});
	},
	runJob: async ({ request }, use) => {
		await use(async (job) => {
			const response = await request.post('/testdata/scenario', {
				data: { job },
				headers: { 'x-test-fixtures-token': process.env.E2E_FIXTURES_TOKEN ?? '' }
			});
			expect(response.status(), await response.text()).toBe(200);
		});
	},
	signIn: async ({ page }, use) => {
		await use(async (email, password, target = page) => {
			await target.goto('/aanmelden');
			const form = target.getByRole('region', { name: 'Aanmelden', exact: true });
			await form.getByLabel('E-mailadres').fill(email);
			await form.getByLabel('Wachtwoord').fill(password);
			await form.getByRole('button', { name: 'Aanmelden' }).click();
			await expect(target).toHaveURL(/\/start$/);
		});
	}
});

export { expect };
