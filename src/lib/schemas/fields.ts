/**
 * The two kinds of field every form has, in one place (docs/decisions/014-bad-input.md): free text
 * that is trimmed, bounded and free of control characters, and a calendar date that exists. Whatever
 * passes them the database accepts, so bad input is refused by name instead of failing there.
 */
import { z } from 'zod';
import { hasControlCharacter } from '../domain/text/control-characters.ts';

/** The years a date on the platform may fall in; the message for a date outside them names both. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** Line breaks as one `\n`: a browser sends a text area's as CRLF, and a limit counts what was typed. */
const oneBreak = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);

type TextOptions = {
	max: number;
	/** Refuse an empty (or only blank) value. */
	required?: boolean;
	/** A text area: keeps tabs and line breaks, counted as one character each. */
	multiline?: boolean;
};

export function text({ max, required = false, multiline = false }: TextOptions) {
	const base = z
		.string()
		.trim()
		.min(required ? 1 : 0)
		.max(max);
	const clean = base.refine((v) => !hasControlCharacter(v, { multiline }), 'control_character');
	return multiline ? z.preprocess(oneBreak, clean) : clean;
}

/** `YYYY-MM-DD` of a day that exists: 2026-02-31 does not come back from a Date as itself. */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < YEAR_MIN || year > YEAR_MAX) return false;
	return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

export function calendarDate() {
	return z.string().min(1).refine(isCalendarDate, 'invalid_date');
}

/** An optional date: empty or absent is null. */
export function optionalCalendarDate() {
	return z.preprocess((v) => (v === '' || v === undefined ? null : v), calendarDate().nullable());
}
