/**
 * Dutch school years run from 1 August to 31 July and are written "2026-2027". `date` is a Dutch
 * calendar date (YYYY-MM-DD).
 */
export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

export function schoolYearOf(date: string): string {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const start = month >= 8 ? year : year - 1;
	return `${start}-${start + 1}`;
}

export function isSchoolYear(value: string): boolean {
	const match = SCHOOL_YEAR_PATTERN.exec(value);
	return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

export function nextSchoolYear(year: string): string {
	const start = Number(year.slice(0, 4)) + 1;
	return `${start}-${start + 1}`;
}

/** The first and last day of a school year. */
export function schoolYearSpan(year: string): { from: string; to: string } {
	const start = Number(year.slice(0, 4));
	return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}
