/**
 * Layer codes (ADR 011): whoever manages a round sees every layer's code; a teacher sees only the
 * teachers' code — on the page, in the data the page carries, and on the start page.
 */
import { test, expect } from '../support/test.ts';
import { codeOf } from './respond.ts';

test('a leraar sees only the teachers’ code, and nothing of the leadership’s code reaches the browser @desktop-only', async ({
	page,
	browser,
	baseURL,
	scenario,
	signIn,
	checkA11y
}) => {
	const world = await scenario('openRound');
	const { leraren, schoolleiding: leiding } = world.codes;
	const roundUrl = `/reflecties/${world.roundId}`;

	const context = await browser.newContext({ baseURL });
	const teacher = await context.newPage();
	await signIn(world.people.leraar.email, world.password, teacher);
	await teacher.goto(roundUrl);
	await expect(teacher.getByRole('heading', { level: 2, name: 'Uw link en code' })).toBeVisible();
	expect((await codeOf(teacher, 'Leraren')).replace('-', '')).toBe(leraren);
	await expect(teacher.getByRole('heading', { level: 3, name: 'Schoolleiding' })).toHaveCount(0);
	await expect(teacher.getByText('De codes van de andere lagen ziet alleen wie de ronde beheert.')).toBeVisible();
	// The counts per layer stay: numbers, not a way in.
	await expect(teacher.getByText('Schoolleiding: 0 ingevuld, 0 bezig')).toBeVisible();
	await checkA11y(teacher);

	// Neither the page as served nor its data for client-side navigation holds the other code.
	const leaked = [leiding, `${leiding.slice(0, 4)}-${leiding.slice(4)}`];
	for (const url of [roundUrl, `${roundUrl}/__data.json`]) {
		const body = await (await teacher.request.get(url)).text();
		expect(body, url).toContain(leraren);
		for (const code of leaked) expect(body, `${url} leaks the leadership code`).not.toContain(code);
	}
	await teacher.goto('/start');
	const invite = teacher.getByRole('region', { name: 'Reflecties waaraan u kunt meedoen' });
	await expect(invite.getByRole('link', { name: 'Meedoen' })).toHaveAttribute('href', `/r/${leraren}`);
	await expect(invite.getByRole('link')).toHaveCount(1);
	await context.close();

	// The leader still sees both.
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(roundUrl);
	await expect(page.getByRole('heading', { level: 2, name: 'Links en codes per laag' })).toBeVisible();
	expect((await codeOf(page, 'Schoolleiding')).replace('-', '')).toBe(leiding);
});
