/**
 * Authentication with better-auth (ADR 006): email + password (argon2id), magic links, email
 * verification, password reset and sessions in the database. Our own pages call its server API;
 * the links in mails land on its HTTP handler under /api/auth.
 */
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins/magic-link';
import type { BetterAuthPlugin } from 'better-auth';
import { hashUserPassword, checkUserPassword } from './password.ts';
import { eq } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/client.ts';
import { users, sessions, accounts, verifications, rateLimits } from '../db/schema/index.ts';
import { mails, type Locale } from '../mail/templates.ts';
import { queueMail } from '../mail/send.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

async function localeOf(db: Db, email: string): Promise<Locale> {
	const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.email, email.toLowerCase()));
	return row?.locale === 'en' ? 'en' : 'nl';
}

export function createAuth(options: {
	db: Db;
	boss: PgBoss;
	secret: string;
	baseURL: string;
	lastPlugins?: BetterAuthPlugin[];
}) {
	const { db, boss } = options;
	return betterAuth({
		appName: 'Werkwijzer Samen Leren',
		// Failed sign-ins are expected and counted by our throttle; only real errors go to the log.
		logger: { level: 'error' },
		baseURL: options.baseURL,
		basePath: '/api/auth',
		secret: options.secret,
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits }
		}),
		user: {
			additionalFields: {
				locale: { type: 'string', required: false, defaultValue: 'nl', input: true },
				isPlatformAdmin: { type: 'boolean', required: false, defaultValue: false, input: false }
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * 30,
			updateAge: 60 * 60 * 24
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			minPasswordLength: PASSWORD_MIN,
			maxPasswordLength: PASSWORD_MAX,
			revokeSessionsOnPasswordReset: true,
			resetPasswordTokenExpiresIn: 60 * 60,
			password: {
				hash: hashUserPassword,
				verify: ({ hash: stored, password }) => checkUserPassword(stored, password)
			},
			sendResetPassword: async ({ user, url }) => {
				await queueMail(boss, mails.resetPassword(user.email, await localeOf(db, user.email), url));
			}
		},
		emailVerification: {
			sendOnSignUp: true,
			sendOnSignIn: true,
			autoSignInAfterVerification: true,
			expiresIn: 60 * 60 * 24,
			sendVerificationEmail: async ({ user, url }) => {
				await queueMail(boss, mails.verifyEmail(user.email, await localeOf(db, user.email), url));
			}
		},
		rateLimit: { enabled: true, storage: 'database', window: 60, max: 100 },
		advanced: {
			database: { generateId: 'uuid' },
			cookiePrefix: 'wsl'
		},
		plugins: [
			magicLink({
				expiresIn: 15 * 60,
				disableSignUp: true,
				sendMagicLink: async ({ email, url }) => {
					await queueMail(boss, mails.magicLink(email, await localeOf(db, email), url));
				}
			}),
			// The web app adds the SvelteKit cookie bridge here; it must come last.
			...(options.lastPlugins ?? [])
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
