import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { testContext } from './app-context.ts';
import { createUser, TEST_PASSWORD } from '../../src/lib/server/seed/factories/users.ts';
import { signUp } from '../../src/lib/server/use-cases/auth/sign-up.ts';
import { signInWithPassword } from '../../src/lib/server/use-cases/auth/sign-in-with-password.ts';
import { requestMagicLink } from '../../src/lib/server/use-cases/auth/request-magic-link.ts';
import { accounts, sessions, throttles, users } from '../../src/lib/server/db/schema/index.ts';

describeDb('accounts and signing in', (ctx) => {
	let app: Awaited<ReturnType<typeof testContext>>;
	beforeAll(async () => {
		app = await testContext(ctx.handle);
	});
	afterAll(async () => app?.stop());
	const request = (address = '192.0.2.10') => ({ headers: new Headers(), address });
	const mailTo = async (to: string) =>
		(await app.boss.findJobs<{ text: string; subject: string }>('mail', { data: { to } })).map((j) => j.data);

	it('signs up with an argon2id hash, mails a verification link and refuses sign-in until confirmed', async () => {
		const email = `nieuw-${Date.now()}@school.example`;
		await signUp(
			app,
			{ name: 'Nieuwe Leraar', email, password: 'een lange zin als wachtwoord' },
			request(),
			'nl',
			'/start'
		);
		const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
		expect(user?.emailVerified).toBe(false);
		const [account] = await ctx.db.select().from(accounts).where(eq(accounts.userId, user!.id));
		expect(account?.password).toMatch(/^\$argon2id\$/);
		const [mail] = await mailTo(email);
		expect(mail?.subject).toBe('Bevestig uw e-mailadres voor Werkwijzer Samen Leren');
		const link = /http:\/\/werkwijzer\.test\/api\/auth\/verify-email\?\S+/.exec(mail!.text)?.[0];
		expect(link).toBeDefined();
		await expect(
			signInWithPassword(app, { email, password: 'een lange zin als wachtwoord' }, request())
		).rejects.toMatchObject({
			fields: [{ field: 'email', message: 'email_not_verified' }]
		});
		const response = await app.auth.handler(new Request(link!));
		expect([200, 302]).toContain(response.status);
		const [verified] = await ctx.db.select().from(users).where(eq(users.email, email));
		expect(verified?.emailVerified).toBe(true);
		await signInWithPassword(app, { email, password: 'een lange zin als wachtwoord' }, request());
		expect(await ctx.db.select().from(sessions).where(eq(sessions.userId, user!.id))).not.toHaveLength(0);
	});

	it('rejects a short password, naming the field', async () => {
		await expect(
			signUp(
				app,
				{ name: 'X', email: `kort-${Date.now()}@school.example`, password: 'kort' },
				request(),
				'nl',
				'/start'
			)
		).rejects.toMatchObject({
			fields: [{ field: 'password', message: 'too_short' }]
		});
	});

	it('answers a sign-up for a taken address like any other, and tells the owner by mail', async () => {
		const existing = await createUser(ctx.db);
		await expect(
			signUp(
				app,
				{ name: 'X', email: existing.email, password: 'een lange zin als wachtwoord' },
				request(),
				'nl',
				'/start'
			)
		).resolves.toEqual({
			email: existing.email
		});
		const [mail] = await mailTo(existing.email);
		expect(mail?.subject).toBe('U heeft al een account bij Werkwijzer Samen Leren');
		expect(await ctx.db.select().from(users).where(eq(users.email, existing.email))).toHaveLength(1);
	});

	it('slows down repeated failed sign-ins per account, even with the right password afterwards', async () => {
		const user = await createUser(ctx.db);
		for (let i = 0; i < 5; i++) {
			await expect(
				signInWithPassword(app, { email: user.email, password: 'fout-wachtwoord' }, request(`198.51.100.${i}`))
			).rejects.toMatchObject({
				fields: [{ field: 'password', message: 'invalid_credentials' }]
			});
		}
		await expect(
			signInWithPassword(app, { email: user.email, password: TEST_PASSWORD }, request('198.51.100.99'))
		).rejects.toMatchObject({ code: 'rate_limited' });
		// The address is stored only as a keyed hash.
		const rows = await ctx.db.select().from(throttles);
		expect(rows.some((r) => r.key.includes('198.51.100'))).toBe(false);
	});

	it('slows down repeated failed sign-ins per address, across accounts', async () => {
		const address = '203.0.113.7';
		for (let i = 0; i < 20; i++) {
			await signInWithPassword(
				app,
				{ email: `onbekend-${i}@school.example`, password: 'fout-wachtwoord' },
				request(address)
			).catch(() => undefined);
		}
		const user = await createUser(ctx.db);
		await expect(
			signInWithPassword(app, { email: user.email, password: TEST_PASSWORD }, request(address))
		).rejects.toMatchObject({ code: 'rate_limited' });
		await signInWithPassword(app, { email: user.email, password: TEST_PASSWORD }, request('203.0.113.8'));
	});

	it('mails a magic link to a known address and answers the same for an unknown one', async () => {
		const user = await createUser(ctx.db);
		await requestMagicLink(app, { email: user.email }, request('192.0.2.50'), '/start');
		const [mail] = await mailTo(user.email);
		expect(mail?.text).toMatch(/http:\/\/werkwijzer\.test\/api\/auth\/magic-link\/verify\?token=/);
		const unknown = `niemand-${Date.now()}@school.example`;
		await expect(requestMagicLink(app, { email: unknown }, request('192.0.2.50'), '/start')).resolves.toBeUndefined();
		expect(await mailTo(unknown)).toHaveLength(0);
	});
});
