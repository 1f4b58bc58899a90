import { describe, expect, it } from 'vitest';
import { afterFailure, retryAfter, RULES, type ThrottleState } from './throttle.ts';

const t0 = new Date('2026-11-25T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('throttle', () => {
	it('allows the first failures and blocks from the limit on, doubling up to the ceiling', () => {
		let state: ThrottleState | undefined;
		for (let i = 1; i < RULES.account.limit; i++) {
			state = afterFailure(state, RULES.account, at(i * 1000));
			expect(retryAfter(state, at(i * 1000))).toBe(0);
		}
		state = afterFailure(state, RULES.account, at(10_000));
		expect(retryAfter(state, at(10_000))).toBe(60_000);
		state = afterFailure(state, RULES.account, at(80_000));
		expect(retryAfter(state, at(80_000))).toBe(120_000);
		for (let i = 0; i < 10; i++) state = afterFailure(state, RULES.account, at(90_000));
		expect(retryAfter(state, at(90_000))).toBe(RULES.account.maxBlockMs);
	});

	it('starts a new window after the window has passed', () => {
		let state: ThrottleState | undefined;
		for (let i = 0; i < 4; i++) state = afterFailure(state, RULES.account, at(0));
		state = afterFailure(state, RULES.account, at(RULES.account.windowMs + 1));
		expect(state.failures).toBe(1);
		expect(retryAfter(state, at(RULES.account.windowMs + 1))).toBe(0);
	});

	it('lets a block expire', () => {
		let state: ThrottleState | undefined;
		for (let i = 0; i < 5; i++) state = afterFailure(state, RULES.account, at(0));
		expect(retryAfter(state, at(59_999))).toBe(1);
		expect(retryAfter(state, at(60_000))).toBe(0);
	});
});
