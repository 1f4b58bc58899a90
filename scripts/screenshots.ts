/**
 * Full-page screenshots of the given pages on a desktop and a 360 px phone viewport, plus a print
 * preview, for looking at the pages as a person would. Usage:
 *   BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts /modellen /modellen/werkwijzer-samen-leren
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const out = process.env.OUT_DIR ?? 'screenshots';
const paths = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };
for (const [name, viewport] of Object.entries(viewports)) {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'nl-NL' });
	const page = await context.newPage();
	if (process.env.SIGN_IN) {
		const [email, password] = process.env.SIGN_IN.split(':');
		await page.goto(`${base}/aanmelden`);
		const form = page.getByRole('region', { name: 'Aanmelden', exact: true });
		await form.getByLabel('E-mailadres').fill(email ?? '');
		await form.getByLabel('Wachtwoord').fill(password ?? '');
		await form.getByRole('button', { name: 'Aanmelden' }).click();
		await page.waitForURL(/\/start$/);
	}
	// After signing in: the sign-in form above is found by its Dutch labels.
	if (process.env.LANG_COOKIE)
		await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: process.env.LANG_COOKIE, url: base }]);
	for (const p of paths) {
		await page.goto(base + p);
		const file = `${out}/${name}${p.replace(/[/?=&]+/g, '_') || '_home'}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
		if (process.env.SEGMENTS) {
			// Long pages in readable pieces.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			const step = viewport.height * 1.5;
			for (let y = 0, i = 0; y < height; y += step, i++) {
				await page.screenshot({
					path: file.replace('.png', `.${i}.png`),
					fullPage: true,
					clip: { x: 0, y, width: viewport.width, height: Math.min(step, height - y) }
				});
			}
		}
		if (name === 'desktop' && process.env.PRINT) {
			await page.pdf({ path: file.replace('.png', '.pdf'), printBackground: true, preferCSSPageSize: true });
		}
	}
	await context.close();
}
await browser.close();
