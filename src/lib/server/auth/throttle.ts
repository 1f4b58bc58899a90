import { createHmac } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { throttles } from '../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { afterFailure, retryAfter, RULES, type ThrottleKind, type ThrottleRule } from '../../domain/auth/throttle.ts';

export type ThrottleKey = { key: string; rule: ThrottleRule };

/** Addresses are kept only as a keyed hash: enough to count, useless to anyone reading the table. */
export function addressKey(
	secret: string,
	address: string,
	kind: Extract<ThrottleKind, 'address' | 'mailAddress'> = 'address'
): ThrottleKey {
	return { key: `${kind}:${createHmac('sha256', secret).update(address).digest('base64url')}`, rule: RULES[kind] };
}

export function accountKey(email: string, kind: Extract<ThrottleKind, 'account' | 'mail'> = 'account'): ThrottleKey {
	return { key: `${kind}:${email.trim().toLowerCase()}`, rule: RULES[kind] };
}

export async function assertNotThrottled(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
	const rows = await db
		.select()
		.from(throttles)
		.where(
			inArray(
				throttles.key,
				keys.map((k) => k.key)
			)
		);
	const wait = Math.max(0, ...rows.map((r) => retryAfter(r, now)));
	if (wait > 0) throw new AppError('rate_limited', String(Math.ceil(wait / 1000)));
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
	for (const { key, rule } of keys) {
		await db.transaction(async (tx) => {
			const [row] = await tx.select().from(throttles).where(eq(throttles.key, key)).for('update');
			const next = afterFailure(row, rule, now);
			await tx
				.insert(throttles)
				.values({ key, ...next })
				.onConflictDoUpdate({ target: throttles.key, set: next });
		});
	}
}

export async function clearThrottle(db: Db, key: ThrottleKey): Promise<void> {
	await db.delete(throttles).where(eq(throttles.key, key.key));
}
