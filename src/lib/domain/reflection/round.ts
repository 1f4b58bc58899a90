/** The life of a round: draft, scheduled, open, closed — from its dates and the leader's actions. */
export type RoundStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export const MIN_THRESHOLD = 3;
export const DEFAULT_THRESHOLD = 5;
export const MAX_THRESHOLD = 50;

export type RoundTiming = { openedAt: Date | null; closedAt: Date | null; opensOn: string; closesOn: string };

/** `today` is the date in the Netherlands (YYYY-MM-DD); a round is open through its closing date. */
export function roundStatus(round: RoundTiming, today: string): RoundStatus {
	if (round.closedAt) return 'closed';
	if (!round.openedAt) return 'draft';
	if (today > round.closesOn) return 'closed';
	if (today < round.opensOn) return 'scheduled';
	return 'open';
}

/** When a round stops (or stopped) taking answers; `early` when a leader closed it before its closing date. */
export type ClosingDay = { day: string; early: boolean };

/**
 * The last day a round takes answers: its closing date, or the day a leader closed it by hand if that
 * came first. Every page, export and list that names when a round closes says this day, so a round
 * closed on 3 December never reads "tot en met 10 december" afterwards.
 */
export function closingDay(round: RoundTiming): ClosingDay {
	const closed = round.closedAt ? dutchDate(round.closedAt) : null;
	return closed !== null && closed < round.closesOn
		? { day: closed, early: true }
		: { day: round.closesOn, early: false };
}

const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Dates on the platform are Dutch calendar dates, whatever the server's time zone. */
export function dutchDate(at: Date): string {
	return DUTCH_DAY.format(at);
}

/**
 * The moment a Dutch calendar day is over: midnight in Amsterdam at its end (23:00 or 22:00 UTC, by
 * winter or summer time). A respondent's cookie ends here on the round's closing date.
 */
export function endOfDutchDay(date: string): Date {
	const next = addDays(date, 1);
	// Midnight in Amsterdam is one or two hours before midnight UTC; take the one that starts the next day.
	const candidates = [1, 2].map((hours) => new Date(Date.parse(`${next}T00:00:00Z`) - hours * 3_600_000));
	return candidates.find((at) => dutchDate(at) === next && dutchDate(new Date(at.getTime() - 1)) === date)!;
}

export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** How long a round must have been closed before its answers count as settled. */
export const SETTLE_MINUTES = 10;

/**
 * Whether a round closed long enough ago that no submission can still be in flight, so that its
 * counts can be kept rather than counted again (ADR 008).
 */
export function isSettled(round: RoundTiming, now: Date): boolean {
	const { closedBefore, closesBefore } = settledCutoff(now);
	if (round.closedAt) return round.closedAt < closedBefore;
	return round.openedAt !== null && round.closesOn < closesBefore;
}

/** The moments before which a round closed by hand (`closedBefore`) or by date (`closesBefore`) is settled. */
export function settledCutoff(now: Date): { closedBefore: Date; closesBefore: string } {
	const closedBefore = new Date(now.getTime() - SETTLE_MINUTES * 60_000);
	return { closedBefore, closesBefore: dutchDate(closedBefore) };
}
