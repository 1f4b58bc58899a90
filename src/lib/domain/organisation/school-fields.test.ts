import { describe, expect, it } from 'vitest';
import { isDuoPlaceholder, normaliseBoardNumber, normaliseBrin, parseLocationNumber } from './school-fields.ts';
import { parseSector } from './school-sector.ts';

describe('school fields', () => {
	it('normalises BRIN codes and refuses anything else', () => {
		expect(normaliseBrin(' 12ab ')).toBe('12AB');
		expect(normaliseBrin('12AB00')).toBeUndefined();
		expect(normaliseBrin('1A2B')).toBeUndefined();
	});

	it('reads location numbers in every form DUO has used', () => {
		expect(parseLocationNumber('0', '19HY')).toEqual({ ok: true, locationNumber: '00' });
		expect(parseLocationNumber('7', undefined)).toEqual({ ok: true, locationNumber: '07' });
		expect(parseLocationNumber('19hy01', '19HY')).toEqual({ ok: true, locationNumber: '01' });
		expect(parseLocationNumber('18BR00', '19HY')).toEqual({ ok: false, code: 'location_mismatch' });
		expect(parseLocationNumber('100', '19HY')).toEqual({ ok: false, code: 'invalid_location' });
		expect(parseLocationNumber('19HY0', '19HY')).toEqual({ ok: false, code: 'invalid_location' });
	});

	it('treats board numbers with and without leading zeros as the same board', () => {
		expect(normaliseBoardNumber('0106')).toBe('106');
		expect(normaliseBoardNumber(' 41797 ')).toBe('41797');
		expect(normaliseBoardNumber('0000412345')).toBe('412345');
		expect(normaliseBoardNumber('1234567')).toBeUndefined();
		expect(normaliseBoardNumber('0')).toBeUndefined();
		expect(normaliseBoardNumber('41-797')).toBeUndefined();
	});

	it('recognises DUO’s placeholder rows only by name and board zero together', () => {
		expect(isDuoPlaceholder('onbekend', '0')).toBe(true);
		expect(isDuoPlaceholder('onbekend', '41797')).toBe(false);
		expect(isDuoPlaceholder('De Linde', '0')).toBe(false);
	});

	it('maps DUO school types and Dutch sector names to platform sectors', () => {
		expect(parseSector('BO')).toBe('PO');
		expect(parseSector('BAS')).toBe('PO');
		expect(parseSector('SBAS')).toBe('SBO');
		expect(parseSector('SO/VSO')).toBe('SO');
		expect(parseSector('(V)SO')).toBe('SO');
		expect(parseSector('VSO')).toBe('VSO');
		expect(parseSector('Voortgezet speciaal onderwijs')).toBe('VSO');
		expect(parseSector('vmbo')).toBe('VO');
		expect(parseSector('M.B.O.')).toBe('MBO');
		expect(parseSector('HBO')).toBeUndefined();
	});
});
