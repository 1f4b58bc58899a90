/**
 * 1,000 malformed submissions against a real, open round: unknown questions, levels outside the scale,
 * repeated fields, oversized comments, garbage bodies, wrong content types, bad codes. None may cause a
 * server error and none may store anything.
 */
import fc from 'fast-check';
import { test, expect } from '../support/test.ts';
import { codeOf } from './respond.ts';

const ITEMS = [
	'koers',
	'data-en-feedback',
	'lerende-professional',
	'samen-leren-in-het-team',
	'georganiseerd-leiderschap'
];

/** One field that is certainly wrong. */
const badField = fc.oneof(
	fc
		.record({ k: fc.string({ minLength: 1, maxLength: 20 }).map((s) => `q:${s}`), v: fc.constantFrom('1', '3') })
		.filter((f) => !ITEMS.includes(f.k.slice(2))),
	fc
		.record({
			k: fc.constantFrom(...ITEMS.map((i) => `q:${i}`)),
			v: fc.oneof(
				fc.integer({ min: 6, max: 1e6 }).map(String),
				fc.constantFrom('0', '-1', '1.5', 'drie', ' 2', '2 ', '', 'null')
			)
		})
		.filter((f) => f.v !== ''),
	fc.record({ k: fc.constantFrom(...ITEMS.map((i) => `amb:${i}`)), v: fc.constantFrom('9', 'x', '0', '99') }),
	fc
		.record({ k: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `amb:${s}`), v: fc.constantFrom('1', '2') })
		.filter((f) => !ITEMS.includes(f.k.slice(4))),
	fc.record({ k: fc.constantFrom(...ITEMS.map((i) => `c:${i}`)), v: fc.string({ minLength: 2001, maxLength: 2100 }) }),
	fc
		.record({
			k: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `c:${s}`),
			v: fc.string({ minLength: 1, maxLength: 40 })
		})
		.filter((f) => !ITEMS.includes(f.k.slice(2)) && f.v.trim() !== '')
);
const goodField = fc.record({
	k: fc.constantFrom(...ITEMS.map((i) => `q:${i}`)),
	v: fc.constantFrom('1', '2', '3', '4', '5', 'weet-niet')
});

const submission = fc.oneof(
	// A form with at least one wrong field among right ones, to either action.
	fc.record({
		kind: fc.constant('form' as const),
		action: fc.constantFrom('bewaren', 'versturen'),
		fields: fc
			.tuple(fc.array(goodField, { maxLength: 6 }), fc.array(badField, { minLength: 1, maxLength: 4 }))
			.map(([g, b]) => [...g, ...b])
	}),
	// The same question twice.
	fc.record({
		kind: fc.constant('repeat' as const),
		action: fc.constantFrom('bewaren', 'versturen'),
		item: fc.constantFrom(...ITEMS)
	}),
	// Nothing at all, or garbage bytes as a form.
	fc.record({
		kind: fc.constant('garbage' as const),
		action: fc.constantFrom('bewaren', 'versturen', 'onbekend'),
		bytes: fc.uint8Array({ maxLength: 3000 })
	}),
	// Other content types.
	fc.record({
		kind: fc.constant('json' as const),
		action: fc.constantFrom('bewaren', 'versturen'),
		body: fc.jsonValue()
	}),
	// A wrong code in the address.
	fc.record({ kind: fc.constant('code' as const), code: fc.string({ minLength: 0, maxLength: 30 }) })
);

test('1,000 malformed submissions: never a server error, nothing stored @desktop-only', async ({
	page,
	request,
	scenario,
	signIn,
	baseURL
}) => {
	test.setTimeout(240_000);
	const world = await scenario('board');
	await signIn(world.people.schoolleider.email, world.password);
	await page.goto(`/organisaties/${world.schools[0]!.id}/reflecties/nieuw`);
	await page.getByLabel('Titel').fill('Fuzzronde');
	await page.getByLabel('Ontwikkelmodel').selectOption({ label: 'Ontwikkelmodel Samen Leren Inhoud Geven' });
	await page.getByRole('button', { name: 'Reflectieronde aanmaken' }).click();
	const code = (await codeOf(page, 'Leraren')).replace('-', '');
	const roundUrl = page.url();
	const origin = { origin: baseURL!, 'x-forwarded-for': '198.51.100.77' };
	const statuses = new Map<number, number>();

	await fc.assert(
		fc.asyncProperty(submission, async (s) => {
			let status: number;
			if (s.kind === 'form' || s.kind === 'repeat') {
				const body = new URLSearchParams();
				if (s.kind === 'form') for (const f of s.fields) body.append(f.k, f.v);
				else {
					body.append(`q:${s.item}`, '2');
					body.append(`q:${s.item}`, '3');
				}
				status = (
					await request.post(`/r/${code}?/${s.action}`, {
						headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
						data: body.toString(),
						maxRedirects: 0
					})
				).status();
			} else if (s.kind === 'garbage') {
				status = (
					await request.post(`/r/${code}?/${s.action}`, {
						headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
						data: Buffer.from(s.bytes),
						maxRedirects: 0
					})
				).status();
			} else if (s.kind === 'json') {
				status = (
					await request.post(`/r/${code}?/${s.action}`, {
						headers: { ...origin, 'content-type': 'application/json' },
						data: JSON.stringify(s.body),
						maxRedirects: 0
					})
				).status();
			} else {
				status = (
					await request.post(`/r/${encodeURIComponent(s.code)}?/versturen`, {
						headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
						data: 'q:koers=3',
						maxRedirects: 0
					})
				).status();
			}
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			expect(status, `${JSON.stringify(s).slice(0, 300)} gave ${status}`).toBeLessThan(500);
			expect(status).not.toBe(303);
		}),
		{ numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? 20261125) }
	);
	expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1000);
	// Most reach the form action and are refused there, not earlier by the CSRF check.
	expect(statuses.get(400) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(450);

	await page.goto(roundUrl);
	await expect(page.getByText('Leraren: 0 ingevuld, 0 bezig')).toBeVisible();
	await expect(page.getByText('Schoolleiding: 0 ingevuld, 0 bezig')).toBeVisible();
});
