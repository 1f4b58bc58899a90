/**
 * Normalising the identifying fields of the Dutch school registry as they appear in exports: the
 * same school or board must come out identical whichever DUO release or spreadsheet it came from,
 * because these values are how a re-import finds the existing organisation.
 */
import { BRIN_PATTERN, LOCATION_PATTERN } from './types.ts';

export const MAX_NAME_LENGTH = 200;
export const MAX_MUNICIPALITY_LENGTH = 100;

/** BRIN in the registry's form: `12ab` typed by hand is the same institution as `12AB`. */
export function normaliseBrin(value: string): string | undefined {
	const brin = value.replace(/\s+/g, '').toUpperCase();
	return BRIN_PATTERN.test(brin) ? brin : undefined;
}

export type LocationResult =
	{ ok: true; locationNumber: string } | { ok: false; code: 'invalid_location' | 'location_mismatch' };

/**
 * The two-digit location number. Releases differ: the 2026 primary file has `VESTIGINGSCODE` = BRIN +
 * two digits (`32JK00`), older files a bare `VESTIGINGSNUMMER` that spreadsheets strip to `0`. A
 * six-character code must repeat the row's BRIN; otherwise the row mixes up two schools.
 */
export function parseLocationNumber(value: string, brin: string | undefined): LocationResult {
	const cell = value.replace(/\s+/g, '').toUpperCase();
	if (/^[0-9]{1,2}$/.test(cell)) return { ok: true, locationNumber: cell.padStart(2, '0') };
	if (cell.length === 6 && BRIN_PATTERN.test(cell.slice(0, 4)) && LOCATION_PATTERN.test(cell.slice(4))) {
		if (brin !== undefined && cell.slice(0, 4) !== brin) return { ok: false, code: 'location_mismatch' };
		return { ok: true, locationNumber: cell.slice(4) };
	}
	return { ok: false, code: 'invalid_location' };
}

/**
 * Board (bevoegd gezag) numbers are stored without leading zeros: DUO's files write `41797`, but a
 * spreadsheet round-trip or another release may give `041797` or ` 41797`, and those must be the same
 * board. Real numbers have five digits; six leaves room without accepting phone numbers or KvK numbers
 * pasted into the wrong column. Zero is not a board (DUO uses it for "unknown", see `isDuoPlaceholder`).
 */
export function normaliseBoardNumber(value: string): string | undefined {
	const cell = value.replace(/\s+/g, '');
	if (!/^[0-9]+$/.test(cell)) return undefined;
	const digits = cell.replace(/^0+/, '');
	return digits.length >= 1 && digits.length <= 6 ? digits : undefined;
}

/**
 * The historical pupil-count file (06) carries a few rows for locations DUO could not attribute:
 * name `onbekend`, board `0`, municipality `ONBEKEND` (code 9999). They are not schools; importing
 * them would create organisations nobody can claim, and rejecting them would make DUO's own file
 * unimportable, so they are skipped and reported as skipped.
 */
export function isDuoPlaceholder(name: string, boardNumber: string): boolean {
	return name.toLowerCase() === 'onbekend' && /^0+$/.test(boardNumber.replace(/\s+/g, ''));
}
