/** People's own records: a person reads and changes only their own; lookups by address are for sign-up and imports. */
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';

type DbLike = Db | Tx;

export async function findActorUser(db: DbLike, userId: string) {
	const [row] = await db
		.select({ id: users.id, isPlatformAdmin: users.isPlatformAdmin })
		.from(users)
		.where(eq(users.id, userId));
	return row;
}

export async function userProfile(db: DbLike, userId: string) {
	const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
	return row;
}

export async function userByEmail(db: DbLike, email: string) {
	const [row] = await db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, email));
	return row;
}

export async function usersByEmail(db: DbLike, emails: string[]): Promise<{ id: string; email: string }[]> {
	if (emails.length === 0) return [];
	return db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
}

export async function setUserName(db: DbLike, userId: string, name: string): Promise<void> {
	await db.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function setUserLocale(db: DbLike, userId: string, locale: 'nl' | 'en'): Promise<void> {
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}
