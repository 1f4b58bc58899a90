/** People and memberships for tests and the demo: verified accounts with a password. */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client.ts';
import { accounts, memberships, users } from '../../db/schema/index.ts';
import { hashUserPassword } from '../../auth/password.ts';
import type { Role } from '../../../domain/organisation/roles.ts';
import { uniqueSuffix } from './organisations.ts';

type DbLike = Db | Tx;
export type UserRow = typeof users.$inferSelect;

export const TEST_PASSWORD = 'samen-leren-2026';

// Argon2 is slow on purpose; test people and the demo's people share one password, so one hash per
// password and process serves them all (a browser test's scenario makes ten people at a time).
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
	const known = hashes.get(password);
	if (known) return known;
	const made = hashUserPassword(password);
	hashes.set(password, made);
	return made;
}

export async function createUser(
	db: DbLike,
	values: {
		name?: string;
		email?: string;
		password?: string | null;
		verified?: boolean;
		platformAdmin?: boolean;
		locale?: 'nl' | 'en';
		passwordHash?: string;
	} = {}
): Promise<UserRow> {
	const id = randomUUID();
	const [user] = await db
		.insert(users)
		.values({
			id,
			name: values.name ?? `Testpersoon ${uniqueSuffix()}`,
			email: (values.email ?? `test-${uniqueSuffix()}-${id.slice(0, 8)}@school.example`).toLowerCase(),
			emailVerified: values.verified ?? true,
			isPlatformAdmin: values.platformAdmin ?? false,
			locale: values.locale ?? 'nl'
		})
		.returning();
	const password = values.password === undefined ? TEST_PASSWORD : values.password;
	if (password !== null) {
		await db.insert(accounts).values({
			id: randomUUID(),
			accountId: id,
			providerId: 'credential',
			userId: id,
			password: values.passwordHash ?? (await hashOnce(password))
		});
	}
	return user!;
}

export async function addMember(
	db: DbLike,
	user: { id: string },
	organisation: { id: string },
	role: Role
): Promise<void> {
	await db.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role });
}
