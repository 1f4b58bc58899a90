/**
 * A colleague's phone in the meeting: joining, placing with the connection gone for a moment, and
 * following the conversation to the next aspect — with the keyboard and screen reader in mind:
 * focus never falls back to the top of the page, and the move to another aspect is announced.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { untilInteractive } from '../support/interactive.ts';

const SHOTS = process.env.E2E_SHOTS;

/** What has focus, as a screen reader would say it: the element's role and text. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return el && el !== document.body ? `${el.tagName.toLowerCase()}: ${el.textContent?.trim() ?? ''}` : 'body';
	});

test('a phone joins, places while the connection is down, and follows the facilitator to the next aspect @desktop-only', async ({
	browser,
	scenario,
	signIn,
	checkA11y
}) => {
	test.setTimeout(90_000);
	const world = await scenario('dialogue');
	const leaderContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const leader = await leaderContext.newPage();
	await signIn(world.people.schoolleider.email, world.password, leader);
	await leader.goto(`/gesprekken/${world.session.id}`);
	await expect(leader.getByText('Geplaatst: 0')).toBeVisible();
	// The QR code is one image with a name, not a named frame around a nameless picture.
	const join = leader.getByRole('region', { name: 'Doe mee op uw telefoon' });
	await expect(join.getByRole('img')).toHaveCount(1);
	await expect(join.getByRole('img')).toHaveAccessibleName('QR-code om mee te doen aan het gesprek');

	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const phone = await context.newPage();
	await phone.goto(`/g/${world.session.code}`);
	// The focus moves to the question only with the page's script; a click before it has run posts
	// the form the plain way (which works too, but without moving the focus).
	await untilInteractive(phone);
	await phone.getByRole('radio', { name: 'Leraren' }).check();
	await phone.getByRole('button', { name: 'Meedoen' }).click();
	// Joined: focus is on the question's heading, so Tab goes on to the choices.
	await expect(phone.getByRole('heading', { level: 2, name: 'Koers' })).toBeFocused();
	if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone-joined.png` });

	// The connection drops just as the choice is made.
	await context.setOffline(true);
	await phone.getByRole('radio', { name: /^Doelgericht/ }).check();
	await phone.getByRole('button', { name: 'Plaatsen' }).click();
	await expect(phone.getByRole('alert')).toHaveText(
		'Geen verbinding. Uw keuze is bewaard en wordt geplaatst zodra de verbinding terug is.'
	);
	await expect(phone.getByRole('radio', { name: /^Doelgericht/ })).toBeChecked();
	await expect(phone.getByRole('heading', { level: 2, name: 'Koers' })).toBeVisible();
	await expect(leader.getByText('Geplaatst: 0')).toBeVisible();
	if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone-offline.png`, fullPage: true });

	// Back online: the placement goes out by itself and counts on the facilitator's screen.
	await context.setOffline(false);
	const placed = phone.getByRole('status').filter({ hasText: 'U heeft geplaatst' });
	await expect(placed).toHaveText(
		'U heeft geplaatst: fase 2 (Doelgericht). U kunt dit wijzigen tot de verdeling getoond wordt.'
	);
	await expect(placed).toBeFocused();
	await expect(phone.getByRole('alert')).toHaveCount(0);
	await expect(leader.getByText('Geplaatst: 1')).toBeVisible();

	// Changing it: focus lands on the confirmation again, not at the top.
	await phone.getByRole('radio', { name: /^Planmatig/ }).check();
	await phone.getByRole('button', { name: 'Plaatsing wijzigen' }).click();
	await expect(placed).toContainText('fase 3 (Planmatig)');
	await expect(placed).toBeFocused();
	await checkA11y(phone);

	// The facilitator moves on: both screens say so and put focus on the new aspect.
	await leader.getByRole('button', { name: '2. Gebruik van data en feedback' }).click();
	const next = { level: 2, name: 'Gebruik van data en feedback' } as const;
	await expect(leader.getByRole('heading', next)).toBeFocused();
	await expect(phone.getByRole('heading', next)).toBeVisible();
	await expect(phone.getByRole('heading', next)).toBeFocused();
	const announcement = phone.getByText('Nu aan de beurt: aspect 2 van 2, Gebruik van data en feedback.');
	await expect(announcement).toHaveAttribute('aria-live', 'polite');
	await expect(leader.getByText('Nu aan de beurt: aspect 2 van 2, Gebruik van data en feedback.')).toHaveAttribute(
		'aria-live',
		'polite'
	);
	expect(await focused(phone)).toBe('h2: Gebruik van data en feedback');
	await checkA11y(phone);
	if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone-next.png` });
	await context.close();
	await leaderContext.close();
});
