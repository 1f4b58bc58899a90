import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8, windows1252 } from './fixtures/csv-bytes.ts';
import { parseBoardFile } from './board-import.ts';
import { decodeCsvBytes, findHeaderLine, headerKey, normaliseCell, readCsvTable } from './csv-text.ts';
import { parsePeopleFile } from './people-import.ts';
import { parseSchoolFile } from './school-import.ts';

const known = (key: string) => ['naam', 'brin', 'email'].includes(key);

describe('decodeCsvBytes', () => {
	it('strips a UTF-8 byte-order mark', () => {
		expect(decodeCsvBytes(utf8('naam;brin\n', { bom: true }))).toBe('naam;brin\n');
	});

	it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
		expect(decodeCsvBytes(windows1252('’t Kompas;Café;Hindoeïstisch'))).toBe('’t Kompas;Café;Hindoeïstisch');
	});

	it('drops the BOM of a UTF-8 file that holds stray Windows-1252 bytes', () => {
		expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9]))).toBe('Aé');
	});

	it('reads UTF-16 with a BOM, as Excel saves "Unicode text"', () => {
		const bytes = Uint8Array.from([0xff, 0xfe, ...[...'naam\té'].flatMap((char) => [char.charCodeAt(0), 0])]);
		expect(decodeCsvBytes(bytes)).toBe('naam\té');
	});

	it('refuses binary files such as a zipped spreadsheet', () => {
		expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBeUndefined();
	});
});

describe('normaliseCell and headerKey', () => {
	it('turns DUO’s one-space empty field and padded values into plain values', () => {
		expect(normaliseCell(' ')).toBe('');
		expect(normaliseCell('ASSEN   ')).toBe('ASSEN');
		expect(normaliseCell('\u00a0637 ')).toBe('637');
		expect(normaliseCell(' " 637"')).toBe('637');
		expect(normaliseCell('BS ""De Maasparel""')).toBe('BS "De Maasparel"');
	});

	it('ignores case, spaces, underscores and hyphens in column names', () => {
		expect(headerKey('BEVOEGD GEZAG NUMMER')).toBe(headerKey('BEVOEGD_GEZAG_NUMMER'));
		expect(headerKey(' E-mail ')).toBe('email');
		expect(headerKey('"Naam"')).toBe('naam');
	});
});

describe('findHeaderLine', () => {
	it('finds the header below a preamble and picks the delimiter that names known columns', () => {
		const text = 'Overzicht, peildatum 1-10-2025\r\n\r\nnaam,brin,email\r\nA,12AB,a@b.nl\r\n';
		expect(findHeaderLine(text, known)).toEqual({ index: 2, offset: text.indexOf('naam'), delimiter: ',' });
	});

	it('prefers the delimiter under which most columns are known', () => {
		expect(findHeaderLine('naam;brin, code\tx;email', known)?.delimiter).toBe(';');
		expect(findHeaderLine('naam\tbrin\temail', known)?.delimiter).toBe('\t');
	});

	it('gives up when no line names a known column', () => {
		expect(findHeaderLine('a;b\n1;2\n', known)).toBeUndefined();
	});
});

describe('readCsvTable', () => {
	it('numbers rows by file line, across blank lines and line breaks inside quotes', () => {
		const text = 'titel\r\nnaam;brin\r\nA;1\r\n\r\n"B\r\nb";2\r\n;\r\nC;3\r\n';
		const result = readCsvTable(utf8(text), known);
		expect(result.ok && result.table.headerLine).toBe(2);
		expect(result.ok && result.table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
			[3, 'A'],
			[5, 'B\r\nb'],
			[8, 'C']
		]);
	});

	it('reports an unclosed quote with its line', () => {
		expect(readCsvTable(utf8('naam;brin\nA;1\n"B;2\nC;3\n'), known)).toMatchObject({
			fileIssue: { code: 'malformed_csv', line: 3 }
		});
	});
});

describe('every parser on arbitrary bytes', () => {
	it('returns a result and never throws', () => {
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 400 }),
			// Garbage after a valid header reaches the row validation, not only the header search.
			fc
				.uint8Array({ maxLength: 400 })
				.map((tail) =>
					Uint8Array.from([...utf8('brin;vestigingsnummer;naam;sector;bestuursnummer;e-mail;rol\n'), ...tail])
				),
			fc
				.string({ unit: fc.constantFrom(';', ',', '\t', '"', '\r', '\n', ' ', 'A', '1', 'é') })
				.map((text) => utf8(`naam;e-mail;rol;brin;bestuursnummer\n${text}`))
		);
		fc.assert(
			fc.property(bytes, (input) => {
				for (const result of [parseSchoolFile(input), parseBoardFile(input), parsePeopleFile(input)]) {
					expect(typeof result.ok).toBe('boolean');
				}
			}),
			{ numRuns: 500 }
		);
	});
});
