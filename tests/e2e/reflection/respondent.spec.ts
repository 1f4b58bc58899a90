/**
 * The respondent's side of a round, as people met it: counts that stay right when a save races a
 * click, errors a phone user can see, long comments refused without losing a word, and a shared
 * staff-room computer that forgets the answers on request.
 */
import { test, expect } from '../support/test.ts';
import type { Page } from '@playwright/test';
import { answerAll, codeOf } from './respond.ts';
import { holdScripts, untilInteractive } from '../support/interactive.ts';
import { addDays, dutchDate, endOfDutchDay } from '../../../src/lib/domain/reflection/round.ts';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The sticky progress bar's bottom edge, and a heading's top edge, in viewport pixels. */
async function clearOfBar(page: Page, heading: ReturnType<Page['getByRole']>): Promise<void> {
	const bar = await page
		.getByText(/van 5 vragen beantwoord/)
		.evaluate((el) => el.parentElement!.getBoundingClientRect());
	const title = (await heading.boundingBox())!;
	expect(title.y, 'the question’s title starts below the sticky bar').toBeGreaterThanOrEqual(bar.bottom);
	expect(title.y + title.height, 'the question’s title is on the screen').toBeLessThanOrEqual(740);
}

test('a draft saved by a click while an autosave runs counts once, as submitted once sent @desktop-only', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn
}) => {
	const world = await scenario('openRound');
	const code = world.codes.leraren;

	const context = await browser.newContext({ baseURL });
	const teacher = await context.newPage();
	// A slow network: the autosave after the first answer has reached the server, but its answer
	// (and the cookie in it) is still on its way when the teacher clicks "Tussentijds opslaan".
	let autosaving: (() => void) | null = null;
	const autosaved = new Promise<void>((done) => (autosaving = done));
	await teacher.route(
		(url) => url.search.startsWith('?/bewaren'),
		async (route, request) => {
			const headers = await request.allHeaders();
			// Only the first autosave is slow.
			if (!headers['x-sveltekit-action'] || !autosaving) return route.continue();
			const reached = autosaving;
			autosaving = null;
			// Sent from outside the browser, so that its cookie reaches the browser only with the late answer.
			const keep = ['content-type', 'origin', 'cookie', 'accept', 'x-sveltekit-action'];
			const response = await fetch(request.url(), {
				method: 'POST',
				headers: Object.fromEntries(Object.entries(headers).filter(([k]) => keep.includes(k))),
				body: new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0))
			});
			const body = Buffer.from(await response.arrayBuffer());
			reached();
			await new Promise((done) => setTimeout(done, 3000));
			await route
				.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body })
				.catch(() => {});
		}
	);
	await teacher.goto(`/r/${code}`);
	// The counter appears once the page's script runs: from then on a change starts an autosave.
	await expect(teacher.getByText('Nog 2.000 tekens over.').first()).toBeVisible();
	const questions = teacher.getByRole('form', { name: 'Vragen' }).getByRole('group');
	await questions
		.nth(0)
		.getByRole('radio', { name: /^Fase 2 ·/ })
		.check();
	await autosaved;
	await teacher.getByRole('button', { name: 'Tussentijds opslaan' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'opgeslagen als concept' })).toBeVisible();
	await answerAll(teacher, 3);
	await teacher.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');
	await context.close();

	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}`);
	await expect(page.getByText('Leraren: 1 ingevuld, 0 bezig')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
	test(`on a phone a failed submit opens at the error summary, and its link shows the question below the sticky bar (${javaScriptEnabled ? 'with' : 'without'} JavaScript) @phone-only`, async ({
		browser,
		baseURL,
		scenario,
		checkA11y
	}) => {
		const code = (await scenario('openRound')).codes.leraren;
		const context = await browser.newContext({ ...phone, baseURL, javaScriptEnabled });
		const respondent = await context.newPage();
		await respondent.goto(`/r/${code}`);
		const questions = respondent.getByRole('form', { name: 'Vragen' }).getByRole('group');
		await questions
			.nth(0)
			.getByRole('radio', { name: /^Fase 2 ·/ })
			.check();
		await respondent.getByRole('button', { name: 'Antwoorden versturen' }).click();
		const summary = respondent.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
		await expect(summary).toBeInViewport();
		if (javaScriptEnabled) {
			await expect(summary).toBeFocused();
			await checkA11y(respondent);
		}

		await summary.getByRole('link', { name: /^Gebruik van data en feedback:/ }).click();
		const question = respondent.getByRole('group', { name: 'Gebruik van data en feedback' });
		await expect(question).toBeFocused();
		await clearOfBar(respondent, respondent.getByRole('heading', { level: 2, name: 'Gebruik van data en feedback' }));
		await expect(question.getByText("Kies een antwoord, of 'Weet ik niet'.")).toBeInViewport();
		await context.close();
	});
}

test('a 20,000-character comment is refused with a message naming it, and every character stays', async ({
	page: respondent,
	scenario
}) => {
	const code = (await scenario('openRound')).codes.leraren;
	await respondent.goto(`/r/${code}`);
	const comment = respondent.getByRole('textbox', { name: 'Toelichting (niet verplicht)' }).first();
	await expect(comment).toHaveAccessibleDescription(/Maximaal 2\.000 tekens\./);
	await answerAll(respondent, 3);
	const long = 'Onze koers is nog niet van iedereen. '.repeat(541).slice(0, 20_000);
	// As a paste: a browser cuts a paste at `maxlength` without a word.
	await comment.focus();
	await respondent.keyboard.insertText(long);
	await expect(comment).toHaveValue(long);
	await expect(respondent.getByText('18.000 tekens te veel.')).toBeVisible();
	await respondent.getByRole('button', { name: 'Antwoorden versturen' }).click();
	const summary = respondent.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
	await expect(summary.getByRole('link')).toHaveText(
		'Toelichting bij Koers: De toelichting is te lang: 20.000 tekens, maximaal 2.000. Wat u schreef staat er nog; maak hem korter.'
	);
	await summary.getByRole('link').click();
	await expect(comment).toBeFocused();
	await expect(comment).toHaveValue(long);
	await expect(comment).toHaveAccessibleDescription(/De toelichting is te lang/);
	// Shortened, it goes.
	await comment.fill(long.slice(0, 2000));
	await expect(respondent.getByText('Nog 0 tekens over.')).toBeVisible();
	await respondent.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');
});

test('a plan comment over its limit is refused and kept, not cut @desktop-only', async ({ page, scenario, signIn }) => {
	const world = await scenario('planMade');
	await signIn(world.people.leraar.email, world.password);
	await page.goto(`/plannen/${world.planId}`);
	const field = page.getByRole('textbox', { name: 'Uw reactie' });
	await expect(field).toHaveAccessibleDescription(/Maximaal 4\.000 tekens\./);
	const long = 'Goed plan, maar wie trekt het? '.repeat(200).slice(0, 5000);
	await field.focus();
	await page.keyboard.insertText(long);
	await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
	await expect(page.getByText('Dit is te lang: 5.000 tekens, maximaal 4.000.')).toBeVisible();
	await expect(field).toHaveValue(long);
});

test('on a shared computer: no copy in any cache, the cookie ends with the round, and the answers can be forgotten', async ({
	page: respondent,
	context,
	scenario
}) => {
	const code = (await scenario('openRound')).codes.leraren;
	const noStore = async (response: { headers(): Record<string, string> } | null) =>
		expect(response?.headers()['cache-control'] ?? '').toContain('no-store');

	await noStore(await respondent.goto('/r'));
	await noStore(await respondent.goto(`/r/${code}`));
	await noStore(await respondent.request.get(`/r/${code}/__data.json`));
	await noStore(await respondent.request.get('/g'));
	await answerAll(respondent, 4);
	await respondent.getByLabel('Toelichting (niet verplicht)').first().fill('Alleen voor mij.');
	const [sent] = await Promise.all([
		respondent.waitForResponse((r) => r.request().method() === 'POST'),
		respondent.getByRole('button', { name: 'Antwoorden versturen' }).click()
	]);
	await noStore(sent);
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Dank u wel!');

	const [cookie] = (await context.cookies()).filter((c) => c.name === `wsl_antwoord_${code}`);
	// The browser keeps the expiry to the second (give or take one): the end of the closing date.
	expect(cookie?.expires).toBeCloseTo(endOfDutchDay(addDays(dutchDate(new Date()), 14)).getTime() / 1000, -1);

	const shared = respondent.getByRole('region', { name: 'Op een gedeelde computer?' });
	const resume = (await shared.getByRole('code').innerText()).trim();
	expect(resume).toContain(`/r/${code}/verder/`);
	await shared.getByRole('button', { name: 'Vergeet mijn antwoorden op dit apparaat' }).click();
	await expect(respondent.getByRole('status')).toContainText('Uw antwoorden zijn vergeten op dit apparaat.');
	expect((await context.cookies()).filter((c) => c.name === `wsl_antwoord_${code}`)).toEqual([]);

	// The next person at this computer finds an empty form.
	await respondent.goto(`/r/${code}`);
	await expect(respondent.getByText('0 van 5 vragen beantwoord')).toBeVisible();
	await expect(respondent.getByText('Alleen voor mij.')).toHaveCount(0);
	await expect(respondent.getByText(resume)).toHaveCount(0);
	// The person who kept the link still gets back in.
	await respondent.goto(resume);
	await expect(respondent.getByText('5 van 5 vragen beantwoord')).toBeVisible();
	await expect(respondent.getByLabel('Toelichting (niet verplicht)').first()).toHaveValue('Alleen voor mij.');
});

test('on a phone the round’s links keep each code on one line, and each aspect’s title shows once @phone-only', async ({
	page,
	scenario,
	signIn
}) => {
	const world = await scenario('openRound');
	const code = world.codes.leraren;
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/reflecties/${world.roundId}`);
	for (const layer of ['Leraren', 'Schoolleiding']) {
		const shown = (await codeOf(page, layer)).replace('-', '');
		const lines = await page.getByRole('link', { name: new RegExp(`/r/${shown}$`) }).evaluate((link, c) => {
			// The code's own characters, wherever the markup puts them: on how many lines do they sit?
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			let offset = 0;
			const full = link.textContent ?? '';
			const at = full.indexOf(c);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const length = node.textContent?.length ?? 0;
				if (offset <= at && at < offset + length) range.setStart(node, at - offset);
				if (offset < at + c.length && at + c.length <= offset + length) range.setEnd(node, at + c.length - offset);
				offset += length;
			}
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		}, shown);
		expect(lines, `the ${layer} code sits on one line`).toBe(1);
	}
	await page.goto(`/r/${code}`);
	const main = page.getByRole('main');
	for (const aspect of ['Koers', 'Gebruik van data en feedback']) {
		await expect(main.getByText(aspect, { exact: true })).toHaveCount(1);
		await expect(main.getByRole('group', { name: aspect })).toHaveCount(1);
		await expect(main.getByRole('heading', { level: 2, name: aspect })).toHaveCount(1);
	}
});

test('choices clicked on a slow phone before the page’s script arrived stay checked and are counted', async ({
	page,
	scenario
}) => {
	const code = (await scenario('openRound')).codes.leraren;
	const release = await holdScripts(page);
	await page.goto(`/r/${code}`, { waitUntil: 'commit' });
	const questions = page.getByRole('form', { name: 'Vragen' }).getByRole('group');
	await questions
		.nth(0)
		.getByRole('radio', { name: /^Fase 2 ·/ })
		.check();
	await questions.nth(1).getByRole('radio', { name: 'Weet ik niet' }).check();
	release();
	await untilInteractive(page);
	await expect(questions.nth(0).getByRole('radio', { name: /^Fase 2 ·/ })).toBeChecked();
	await expect(questions.nth(1).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
	await expect(page.getByText('2 van 5 vragen beantwoord').first()).toBeVisible();
	// And after the script, a change still counts.
	await questions
		.nth(2)
		.getByRole('radio', { name: /^Fase 4 ·/ })
		.check();
	await expect(page.getByText('3 van 5 vragen beantwoord').first()).toBeVisible();
});
