/**
 * Slowing down guessing: failures are counted per key (an account or an address) in a window;
 * past a limit each further failure blocks the key for twice as long, up to a ceiling. A success
 * clears the account's count. Pure, so the rule is tested without a clock or a database.
 */
export type ThrottleState = { failures: number; windowStart: Date; blockedUntil: Date | null };
export type ThrottleRule = { limit: number; windowMs: number; firstBlockMs: number; maxBlockMs: number };

export const RULES = {
	account: { limit: 5, windowMs: 15 * 60_000, firstBlockMs: 60_000, maxBlockMs: 30 * 60_000 },
	address: { limit: 20, windowMs: 15 * 60_000, firstBlockMs: 60_000, maxBlockMs: 30 * 60_000 },
	/** Mails (sign-in links, resets, sign-ups) per mailbox. */
	mail: { limit: 5, windowMs: 60 * 60_000, firstBlockMs: 10 * 60_000, maxBlockMs: 60 * 60_000 },
	/** Mails per address: generous, because a whole school may sign up from one address in a meeting. */
	mailAddress: { limit: 200, windowMs: 15 * 60_000, firstBlockMs: 60_000, maxBlockMs: 30 * 60_000 }
} as const satisfies Record<string, ThrottleRule>;
export type ThrottleKind = keyof typeof RULES;

/** Milliseconds to wait before trying again, or 0 when allowed. */
export function retryAfter(state: ThrottleState | undefined, now: Date): number {
	if (!state?.blockedUntil) return 0;
	return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

export function afterFailure(state: ThrottleState | undefined, rule: ThrottleRule, now: Date): ThrottleState {
	const fresh = !state || now.getTime() - state.windowStart.getTime() > rule.windowMs;
	const failures = fresh ? 1 : state.failures + 1;
	const windowStart = fresh ? now : state.windowStart;
	if (failures < rule.limit) return { failures, windowStart, blockedUntil: null };
	const over = failures - rule.limit;
	const block = Math.min(rule.maxBlockMs, rule.firstBlockMs * 2 ** over);
	return { failures, windowStart, blockedUntil: new Date(now.getTime() + block) };
}
