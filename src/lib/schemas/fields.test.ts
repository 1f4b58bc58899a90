import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { calendarDate, isCalendarDate, optionalCalendarDate, text, YEAR_MAX, YEAR_MIN } from './fields.ts';
import { fieldIssues } from './parse.ts';

const issuesOf = (schema: z.ZodType, value: unknown) => {
	const result = z.object({ veld: schema }).safeParse({ veld: value });
	return result.success ? [] : fieldIssues(result.error);
};

const control = fc.oneof(
	fc.integer({ min: 0x00, max: 0x08 }),
	fc.integer({ min: 0x0b, max: 0x0c }),
	fc.integer({ min: 0x0e, max: 0x1f }),
	fc.integer({ min: 0x7f, max: 0x9f })
);

describe('text', () => {
	it('trims and keeps ordinary text, accents and emoji', () => {
		expect(text({ max: 50, required: true }).parse('  ’t Kompas é 🌱 ')).toBe('’t Kompas é 🌱');
	});

	it('refuses NUL by naming the field', () => {
		expect(issuesOf(text({ max: 50 }), 'a\u0000b')).toEqual([{ field: 'veld', message: 'control_character' }]);
		expect(issuesOf(text({ max: 50, multiline: true }), 'a\u0000b')).toEqual([
			{ field: 'veld', message: 'control_character' }
		]);
	});

	it('keeps tabs and line breaks in a text area, counted as one character each', () => {
		expect(text({ max: 5, multiline: true }).parse('a\r\nb\tc')).toBe('a\nb\tc');
	});

	it('refuses line breaks, tabs and the Unicode separators in a one-line field', () => {
		for (const bad of ['a\nb', 'a\rb', 'a\tb', 'a\u2028b', 'a\u2029b'])
			expect(issuesOf(text({ max: 50 }), bad)).toEqual([{ field: 'veld', message: 'control_character' }]);
	});

	it('still says required, and too long, first', () => {
		expect(issuesOf(text({ max: 5, required: true }), '   ')).toEqual([{ field: 'veld', message: 'required' }]);
		expect(issuesOf(text({ max: 5 }), 'abcdef')).toEqual([{ field: 'veld', message: 'too_long' }]);
	});

	it('property: any text with a C0 or C1 control character inside is refused, one line or many', () => {
		fc.assert(
			fc.property(fc.string(), control, fc.string(), fc.boolean(), (before, code, after, multiline) => {
				const value = `x${before}${String.fromCharCode(code)}${after}x`;
				expect(text({ max: 10_000, multiline }).safeParse(value).success).toBe(false);
			})
		);
	});

	it('property: text without control characters passes unchanged but for trimming', () => {
		const plain = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\p{Cc}\u2028\u2029]/u.test(s));
		fc.assert(
			fc.property(plain, (value) => {
				expect(text({ max: 1000 }).parse(value)).toBe(value.trim());
			})
		);
	});
});

describe('calendarDate', () => {
	it('accepts days that exist, leap days included', () => {
		for (const day of ['2026-02-28', '2028-02-29', '2000-01-01', '2100-12-31'])
			expect(calendarDate().parse(day)).toBe(day);
	});

	it('refuses days that do not exist and years out of bounds, by name', () => {
		for (const bad of [
			'2026-02-31',
			'2027-02-29',
			'2026-13-01',
			'2026-00-10',
			'0000-01-01',
			'1999-12-31',
			'2101-01-01'
		])
			expect(issuesOf(calendarDate(), bad), bad).toEqual([{ field: 'veld', message: 'invalid_date' }]);
		for (const bad of ['2026-2-3', '26-02-03', '2026-02-03T00:00', ' 2026-02-03', '2026-02-03\u0000'])
			expect(isCalendarDate(bad), bad).toBe(false);
	});

	it('says required for an empty date, and an optional date is null when empty', () => {
		expect(issuesOf(calendarDate(), '')).toEqual([{ field: 'veld', message: 'required' }]);
		expect(optionalCalendarDate().parse('')).toBeNull();
		expect(optionalCalendarDate().parse(undefined)).toBeNull();
		expect(optionalCalendarDate().safeParse('2026-04-31').success).toBe(false);
	});

	it('property: a date is accepted exactly when it round-trips through a UTC Date within the years', () => {
		const parts = fc.tuple(
			fc.integer({ min: 0, max: 9999 }),
			fc.integer({ min: 0, max: 99 }),
			fc.integer({ min: 0, max: 99 })
		);
		fc.assert(
			fc.property(parts, ([y, m, d]) => {
				const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
				const date = new Date(Date.UTC(y, m - 1, d));
				const real = y >= YEAR_MIN && y <= YEAR_MAX && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
				expect(isCalendarDate(value)).toBe(real);
			})
		);
	});
});
