import fs from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import type { DevelopmentModel, RouteModel } from '../../../src/lib/domain/model/format.ts';

const read = <T>(file: string): T => parse(fs.readFileSync(`content/models/${file}`, 'utf8')) as T;
const models = [
	'samen-leren-inhoud-geven',
	'lerende-organisatie-vo',
	'werkwijzer-samen-leren',
	'kernthemas-samenwerking'
].map((id) => read<DevelopmentModel>(`${id}.yaml`));
const route = read<RouteModel>('routekaart-draagvlak-samen-opleiden.yaml');
/** Matrix and cards both exist in the page; only one of them is shown per viewport. */
const shown = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
const descriptor = (model: DevelopmentModel, a: number, l: number) => {
	const cell = model.aspects[a]!.levels[l]!;
	return cell.descriptor ?? Object.values(cell.layerDescriptors ?? {})[0]!;
};

test('the model list shows every shipped model and the imported one', async ({ page, checkA11y }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Modellen', exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ontwikkelmodellen');
	for (const model of [...models, route]) {
		await expect(page.getByRole('main').getByRole('link', { name: model.title, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('link', { name: 'Kwaliteitskaart Peelrand 2027' })).toBeVisible();
	await checkA11y();
});

for (const model of models) {
	test(`browse ${model.title}`, async ({ page, checkA11y }, testInfo) => {
		await page.goto('/modellen');
		await page.getByRole('main').getByRole('link', { name: model.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.title);
		for (const [i, level] of model.levels.entries()) {
			await expect(page.getByRole('heading', { name: 'De ' + model.scaleLabel.plural })).toBeVisible();
			await expect(
				page.getByText(`${model.scaleLabel.singular.replace(/^./, (c) => c.toUpperCase())} ${i + 1}: ${level.name}`)
			).toBeVisible();
		}
		const last = model.aspects.length - 1;
		if (testInfo.project.name === 'desktop') {
			// Wide screens: the aspects × levels matrix, with a row header per aspect.
			const table = page.getByRole('table');
			await expect(table).toBeVisible();
			await expect(table.getByRole('columnheader')).toHaveCount(model.levels.length + 1);
			for (const aspect of model.aspects) {
				await expect(table.getByRole('rowheader', { name: new RegExp(`^${aspect.name}`) })).toBeVisible();
			}
			await expect(
				table.getByText(descriptor(model, last, model.levels.length - 1), { exact: true }).first()
			).toBeVisible();
		} else {
			// Phones: stacked cards, one per aspect, collapsible; the first is open.
			await expect(page.getByRole('table')).toBeHidden();
			await expect(shown(page, descriptor(model, 0, 0)).first()).toBeVisible();
			const lastCard = page
				.getByRole('group')
				.filter({ has: page.getByRole('heading', { level: 3, name: model.aspects[last]!.name, exact: true }) });
			await expect(lastCard.getByText(descriptor(model, last, 1), { exact: true }).first()).toBeHidden();
			await lastCard.getByRole('heading', { level: 3, name: model.aspects[last]!.name, exact: true }).click();
			await expect(lastCard.getByText(descriptor(model, last, 1), { exact: true }).first()).toBeVisible();
		}
		await checkA11y();
	});
}

test('filter the Werkwijzer by organisational layer', async ({ page, checkA11y }) => {
	const ww = models.find((m) => m.id === 'werkwijzer-samen-leren')!;
	const cell = ww.aspects[0]!.levels[0]!.layerDescriptors!;
	await page.goto('/modellen/werkwijzer-samen-leren');
	await expect(shown(page, cell.bestuur!)).toBeVisible();
	await expect(shown(page, cell.leraren!)).toBeVisible();
	await page.getByLabel('Organisatielaag').selectOption({ label: 'Leraar' });
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/laag=leraren/);
	await expect(shown(page, cell.leraren!)).toBeVisible();
	await expect(shown(page, cell.bestuur!)).toHaveCount(0);
	await expect(page.getByLabel('Organisatielaag')).toHaveValue('leraren');
	await checkA11y();
});

test('indicators open on request', async ({ page }) => {
	const lo = models.find((m) => m.id === 'lerende-organisatie-vo')!;
	const level = lo.aspects[0]!.levels[0]!;
	await page.goto('/modellen/lerende-organisatie-vo');
	const indicator = shown(page, level.indicators![0]!);
	await expect(indicator).toHaveCount(0);
	await page.getByText(`Indicatoren (${level.indicators!.length})`).filter({ visible: true }).first().click();
	await expect(indicator).toHaveCount(1);
});

test('the routekaart switches between a new and a participating school or board', async ({ page, checkA11y }) => {
	const step = route.steps[0]!;
	const card = step.cards.find((c) => c.variants?.nieuw && c.variants?.deelnemend)!;
	const forNew = (card.variants!.nieuw!.questions ?? card.variants!.nieuw!.attentionPoints)![0]!;
	const forParticipating = (card.variants!.deelnemend!.questions ?? card.variants!.deelnemend!.attentionPoints)![0]!;
	await page.goto('/modellen');
	await page.getByRole('main').getByRole('link', { name: route.title }).click();
	for (const s of route.steps) await expect(page.getByRole('heading', { level: 3, name: s.name })).toBeVisible();
	const audiences = page.getByRole('group', { name: 'Gesprek met' });
	await expect(audiences.getByRole('radio', { name: route.audiences[0]!.name })).toBeChecked();
	await expect(page.getByText(forNew, { exact: true })).toBeVisible();
	await expect(page.getByText(forParticipating, { exact: true })).toHaveCount(0);
	await checkA11y();
	await audiences.getByRole('radio', { name: route.audiences[1]!.name }).check();
	await expect(page.getByText(forParticipating, { exact: true })).toBeVisible();
	await expect(page.getByText(forNew, { exact: true })).toHaveCount(0);
	await expect(page).toHaveURL(/voor=deelnemend/);
	await checkA11y();
});

test('the routekaart switch works without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const card = route.steps[3]!.cards.find((c) => c.variants?.deelnemend)!;
	const forParticipating = (card.variants!.deelnemend!.questions ?? card.variants!.deelnemend!.attentionPoints)![0]!;
	await page.goto('/modellen/routekaart-draagvlak-samen-opleiden');
	await page.getByRole('radio', { name: route.audiences[1]!.name }).check();
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/voor=deelnemend/);
	await expect(page.getByText(forParticipating, { exact: true })).toBeVisible();
	await context.close();
});

test('a model imported with the CLI appears, and its first version is kept', async ({ page, checkA11y }) => {
	await page.goto('/modellen');
	await page.getByRole('link', { name: 'Kwaliteitskaart Peelrand 2027' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kwaliteitskaart Peelrand 2027');
	await expect(page.getByText('Versie 2').first()).toBeVisible();
	await page.getByRole('link', { name: 'Versie 1' }).click();
	await expect(page).toHaveURL(/versie=1/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kwaliteitskaart Peelrand');
	await expect(page.getByRole('status')).toContainText('U bekijkt versie 1.');
	await checkA11y();
});

test('the model pages work in English, with the content kept in Dutch', async ({ page, checkA11y }) => {
	await page.goto('/modellen/samen-leren-inhoud-geven');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Aspects' })).toBeVisible();
	await expect(page.getByText('The content of this model is in Dutch.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nl');
	await checkA11y();
});

test('an unknown model is a 404', async ({ page }) => {
	const res = await page.goto('/modellen/bestaat-niet');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
});

test('a choice made on the routekaart before its script has loaded is kept', async ({ page }) => {
	const card = route.steps[3]!.cards.find((c) => c.variants?.deelnemend)!;
	const forParticipating = (card.variants!.deelnemend!.questions ?? card.variants!.deelnemend!.attentionPoints)![0]!;
	// A slow phone: the page is there (its styles too), its script not yet.
	let release = () => {};
	const loaded = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (r) => {
		await loaded;
		await r.continue();
	});
	await page.goto('/modellen/routekaart-draagvlak-samen-opleiden', { waitUntil: 'commit' });
	await page.getByRole('radio', { name: route.audiences[1]!.name }).check();
	release();
	await expect(page).toHaveURL(/voor=deelnemend/);
	await expect(page.getByText(forParticipating, { exact: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: route.audiences[1]!.name })).toBeChecked();
	await expect(page.getByRole('button', { name: 'Toon' })).toHaveCount(0);
});
