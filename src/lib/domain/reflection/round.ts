/** The life of a round: draft, scheduled, open, closed — from its dates and the leader's actions. */
export type RoundStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export const MIN_THRESHOLD = 3;
export const DEFAULT_THRESHOLD = 5;

export type RoundTiming = { openedAt: Date | null; closedAt: Date | null; opensOn: string; closesOn: string };

/** `today` is the date in the Netherlands (YYYY-MM-DD); a round is open through its closing date. */
export function roundStatus(round: RoundTiming, today: string): RoundStatus {
	if (round.closedAt) return 'closed';
	if (!round.openedAt) return 'draft';
	if (today > round.closesOn) return 'closed';
	if (today < round.opensOn) return 'scheduled';
	return 'open';
}

const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Dates on the platform are Dutch calendar dates, whatever the server's time zone. */
export function dutchDate(at: Date = new Date()): string {
	return DUTCH_DAY.format(at);
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
