import { describe, expect, it } from 'vitest';
import { addDays, closingDay, dutchDate, endOfDutchDay, isSettled, roundStatus, type RoundTiming } from './round.ts';

const round = (over: Partial<RoundTiming> = {}): RoundTiming => ({
	openedAt: new Date('2026-10-01T08:00:00Z'),
	closedAt: null,
	opensOn: '2026-10-01',
	closesOn: '2026-10-14',
	...over
});

describe('roundStatus', () => {
	it('is open through its closing date and closed the day after', () => {
		expect(roundStatus(round(), '2026-10-14')).toBe('open');
		expect(roundStatus(round(), '2026-10-15')).toBe('closed');
	});
	it('is scheduled before it opens, draft until opened, closed once closed by hand', () => {
		expect(roundStatus(round(), '2026-09-30')).toBe('scheduled');
		expect(roundStatus(round({ openedAt: null }), '2026-10-05')).toBe('draft');
		expect(roundStatus(round({ closedAt: new Date('2026-10-03T10:00:00Z') }), '2026-10-05')).toBe('closed');
	});
});

describe('closingDay', () => {
	it('is the closing date while the round runs and after it closed on that date', () => {
		expect(closingDay(round())).toEqual({ day: '2026-10-14', early: false });
		expect(closingDay(round({ closedAt: new Date('2026-10-14T15:00:00Z') }))).toEqual({
			day: '2026-10-14',
			early: false
		});
	});
	it('is the Dutch day a leader closed the round, when that came before its closing date', () => {
		expect(closingDay(round({ closedAt: new Date('2026-10-03T10:00:00Z') }))).toEqual({
			day: '2026-10-03',
			early: true
		});
		// 00:30 on 4 October in Amsterdam is still 3 October in UTC.
		expect(closingDay(round({ closedAt: new Date('2026-10-03T22:30:00Z') }))).toEqual({
			day: '2026-10-04',
			early: true
		});
	});
	it('keeps the closing date when the round was marked closed only after that date passed', () => {
		expect(closingDay(round({ closedAt: new Date('2026-11-20T10:00:00Z') }))).toEqual({
			day: '2026-10-14',
			early: false
		});
	});
});

describe('dutchDate', () => {
	it('is the calendar date in the Netherlands, not in UTC', () => {
		expect(dutchDate(new Date('2026-10-14T22:30:00Z'))).toBe('2026-10-15'); // 00:30 in summer time
		expect(dutchDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31'); // 23:59 in winter time
		expect(addDays('2026-10-30', 3)).toBe('2026-11-02');
	});
});

describe('endOfDutchDay', () => {
	it('is midnight in Amsterdam at the end of the day, in winter and in summer time', () => {
		expect(endOfDutchDay('2026-12-10').toISOString()).toBe('2026-12-10T23:00:00.000Z');
		expect(endOfDutchDay('2026-06-30').toISOString()).toBe('2026-06-30T22:00:00.000Z');
	});
	it('handles the nights the clocks change', () => {
		// Summer time starts on 29 March 2026 (a 23-hour day) and ends on 25 October (25 hours).
		expect(endOfDutchDay('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(endOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
		expect(endOfDutchDay('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
		expect(endOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
	});
});

describe('isSettled', () => {
	it('waits ten minutes after closing by hand', () => {
		const closed = round({ closedAt: new Date('2026-10-05T10:00:00Z') });
		expect(isSettled(closed, new Date('2026-10-05T10:09:59Z'))).toBe(false);
		expect(isSettled(closed, new Date('2026-10-05T10:10:01Z'))).toBe(true);
	});
	it('waits until ten minutes into the Dutch day after the closing date', () => {
		// 2026-10-15 00:00 in Amsterdam is 2026-10-14 22:00 UTC.
		expect(isSettled(round(), new Date('2026-10-14T22:05:00Z'))).toBe(false);
		expect(isSettled(round(), new Date('2026-10-14T22:10:01Z'))).toBe(true);
	});
	it('never settles a round that is open, scheduled or was never opened', () => {
		expect(isSettled(round(), new Date('2026-10-10T12:00:00Z'))).toBe(false);
		expect(isSettled(round({ openedAt: null }), new Date('2027-01-01T12:00:00Z'))).toBe(false);
	});
});
