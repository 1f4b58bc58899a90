import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8 } from './fixtures/csv-bytes.ts';
import { parseBoardFile, type BoardParseResult, type BoardRow } from './board-import.ts';

function rowsOf(result: BoardParseResult): BoardRow[] {
	if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result).slice(0, 500)}`);
	return result.rows;
}

describe('parseBoardFile', () => {
	it('reads every board of the real DUO file (Windows-1252, CRLF, 17 columns)', () => {
		const rows = rowsOf(
			parseBoardFile(new Uint8Array(fs.readFileSync('tests/fixtures/duo/03.-bevoegde-gezagen-vo.csv')))
		);
		expect(rows).toHaveLength(283);
		expect(new Set(rows.map((row) => row.boardNumber)).size).toBe(283);
		expect(rows[0]).toEqual({ line: 2, boardNumber: '10028', name: 'Gemeente Ameland', municipality: 'Ameland' });
		const byNumber = new Map(rows.map((row) => [row.boardNumber, row]));
		expect(byNumber.get('42992')?.name).toBe('Libréon, Stichting voor Katholiek en Openbaar Voortgezet Onderwijs');
		// DUO writes this municipality without its accents; the platform shows the official spelling.
		expect(byNumber.get('41442')?.municipality).toBe('Súdwest-Fryslân');
		expect(byNumber.get('99048')?.municipality).toBe('Heerlen');
	});

	it('reads a generic file, stripping leading zeros from board numbers', () => {
		const rows = rowsOf(parseBoardFile(utf8('bestuursnummer,bestuursnaam\r\n"0106","Stichting A"\r\n 2 ,B\r\n')));
		expect(rows.map((row) => [row.boardNumber, row.name, row.municipality])).toEqual([
			['106', 'Stichting A', null],
			['2', 'B', null]
		]);
	});

	it('lists every bad row: missing name, bad number, and a board twice', () => {
		const file = 'BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n106;A\n12a;B\n0106;A again\n107; \n';
		expect(parseBoardFile(utf8(file))).toEqual({
			ok: false,
			rowIssues: [
				{ line: 3, field: 'BEVOEGD GEZAG NUMMER', code: 'invalid_board_number', value: '12a' },
				{ line: 4, field: 'BEVOEGD GEZAG NUMMER', code: 'duplicate_board', value: '106', firstLine: 2 },
				{ line: 5, field: 'BEVOEGD GEZAG NAAM', code: 'required' }
			],
			truncated: false
		});
	});

	it('reports the missing board name column', () => {
		expect(parseBoardFile(utf8('bestuursnummer;plaats\n1;x\n'))).toMatchObject({
			fileIssue: { code: 'missing_column', columns: ['bestuursnaam'] }
		});
	});
});
