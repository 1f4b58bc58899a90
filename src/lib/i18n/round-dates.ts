import { m } from '../paraglide/messages.js';
import { formatDate } from './dates.ts';
import type { ClosingDay } from '../domain/reflection/round.ts';

/** The report's line under its title: whose, on which model, and when the round ran — until the day it really closed. */
export function reportMeta(
	organisation: string,
	model: string,
	round: { opensOn: string; closes: ClosingDay }
): string {
	const from = formatDate(round.opensOn);
	return round.closes.early
		? m.report_meta_closed({ organisation, model, from, closed: formatDate(round.closes.day) })
		: m.report_meta({ organisation, model, from, to: formatDate(round.closes.day) });
}
