import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8, windows1252 } from './fixtures/csv-bytes.ts';
import { generateSchoolsCsv } from './fixtures/generate-schools-csv.ts';
import { MAX_ROW_ISSUES } from './import-issues.ts';
import { parseSchoolFile, type SchoolParseResult, type SchoolRow } from './school-import.ts';
import { BRIN_PATTERN, LOCATION_PATTERN } from './types.ts';

const DUO = 'tests/fixtures/duo';
const readDuo = (name: string) => new Uint8Array(fs.readFileSync(`${DUO}/${name}`));

function rowsOf(result: SchoolParseResult): SchoolRow[] {
	if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result).slice(0, 500)}`);
	return result.rows;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return counts;
}

const HEADER = 'brin;vestigingsnummer;naam;sector;gemeente;bestuursnummer;bestuursnaam';

describe('parseSchoolFile on the real DUO files', () => {
	it('reads every primary-school location (Windows-1252, CRLF, no sector column) as PO', () => {
		const result = parseSchoolFile(readDuo('02.-alle-schoolvestigingen-basisonderwijs.csv'));
		const rows = rowsOf(result);
		expect(result.ok && result.kind).toBe('duo-po');
		expect(rows).toHaveLength(6122);
		for (const row of rows) {
			expect(row.sector).toBe('PO');
			expect(row.brin).toMatch(BRIN_PATTERN);
			expect(row.locationNumber).toMatch(LOCATION_PATTERN);
			expect(row.boardNumber).toMatch(/^[1-9][0-9]{0,5}$/);
		}
		expect(rows[0]).toEqual({
			line: 2,
			brin: '32JK',
			locationNumber: '00',
			name: 'BBS de Verwondering',
			sector: 'PO',
			municipality: 'Noordenveld',
			boardNumber: '20091',
			boardName: null
		});
		const byCode = new Map(rows.map((row) => [`${row.brin}${row.locationNumber}`, row]));
		expect(byCode.get('05OC00')?.name).toBe('Dalton Kindcentrum ’t Kompas');
		expect(byCode.get('00AR00')).toMatchObject({ name: 'Basisschool "De Maasparel"', line: 2061 });
		expect(byCode.get('23FD01')?.municipality).toBe('Almere');
	});

	it('reads every secondary location of the VO pupils file as VO', () => {
		const result = parseSchoolFile(readDuo('03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2022.csv'));
		const rows = rowsOf(result);
		expect(result.ok && result.kind).toBe('duo-vo');
		expect(rows).toHaveLength(1450);
		expect(countBy(rows, (row) => row.sector)).toEqual({ VO: 1450 });
		expect(new Set(rows.map((row) => row.boardNumber)).size).toBe(296);
		expect(rows[0]).toMatchObject({ brin: '19HY', locationNumber: '00', name: 'Burg Walda SGM' });
		expect(rows[0]).toMatchObject({ municipality: 'Ameland', boardNumber: '10028', boardName: null });
		expect(rows.find((row) => row.brin === '14DC' && row.locationNumber === '06')?.name).toBe(
			'VMBO "De Jutter" Vlieland'
		);
	});

	it('maps the school types of the historical file (UTF-8 with BOM) and skips DUO placeholders', () => {
		const result = parseSchoolFile(readDuo('06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv'));
		const rows = rowsOf(result);
		expect(result.ok && result.kind).toBe('duo-history');
		// 9,737 data rows: BO 7,971 · SBO 497 · SO 347 · SO/VSO 355 · VSO 567; five `onbekend` placeholders
		// (three SO, two SO/VSO) are skipped, and SO/VSO counts as SO.
		expect(rows).toHaveLength(9732);
		expect(countBy(rows, (row) => row.sector)).toEqual({ PO: 7971, SBO: 497, SO: 344 + 353, VSO: 567 });
		expect(result.ok && result.skipped).toEqual(
			[9734, 9735, 9736, 9737, 9738].map((line) => ({ line, reason: 'duo_placeholder' }))
		);
		expect(rows[0]).toEqual({
			line: 2,
			brin: '00AO',
			locationNumber: '00',
			name: 'De Bolster VSO ZMOK',
			sector: 'VSO',
			municipality: 'Voorst',
			boardNumber: '40631',
			boardName: null
		});
		// The doubled-up quoting of this release (`"BS """"De Maasparel"""""`) reads as one pair of quotes.
		expect(rows.find((row) => row.brin === '00AR')?.name).toBe('BS "De Maasparel"');
		expect(rows.find((row) => row.brin === '05OC')?.municipality).toBe('Aa en Hunze');
	});

	it('gives the same readable municipality names from the Windows-1252 and the UTF-8 release', () => {
		const primary = rowsOf(parseSchoolFile(readDuo('02.-alle-schoolvestigingen-basisonderwijs.csv')));
		const history = rowsOf(
			parseSchoolFile(readDuo('06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv'))
		);
		const historyNames = new Set(history.map((row) => row.municipality));
		// The 2026 file writes `S GRAVENHAGE`, `BERGEN NH`, `SUDWEST-FRYSLAN`; one location has no municipality.
		const onlyInPrimary = new Set(primary.map((row) => row.municipality).filter((name) => !historyNames.has(name)));
		expect(onlyInPrimary).toEqual(new Set([null]));
		expect(historyNames).toContain("'s-Hertogenbosch");
		expect(historyNames).toContain('Súdwest-Fryslân');
		expect(historyNames).toContain('Capelle aan den IJssel');
	});
});

describe('parseSchoolFile on hand-made files', () => {
	it('reads UTF-8 with a BOM and LF line ends, with generic column names', () => {
		const file = `${HEADER}\n12ab;0;De Linde;BO;HORST AAN DE MAAS;0106;Stichting Linde\n`;
		expect(rowsOf(parseSchoolFile(utf8(file, { bom: true })))).toEqual([
			{
				line: 2,
				brin: '12AB',
				locationNumber: '00',
				name: 'De Linde',
				sector: 'PO',
				municipality: 'Horst aan de Maas',
				boardNumber: '106',
				boardName: 'Stichting Linde'
			}
		]);
	});

	it('reads Windows-1252 with curly quotes and accents', () => {
		const file = `${HEADER}\r\n12AB;01;Café ‘t Hoekje’;sbo;Súdwest-Fryslân;41797; \r\n`;
		expect(rowsOf(parseSchoolFile(windows1252(file)))[0]).toMatchObject({
			name: 'Café ‘t Hoekje’',
			sector: 'SBO',
			municipality: 'Súdwest-Fryslân',
			boardName: null
		});
	});

	it('reads a comma-separated file with quoted fields containing commas, quotes and a line break', () => {
		const file = [
			'BRIN,VESTIGINGSNUMMER,NAAM,ONDERWIJSSOORT,GEMEENTE,BESTUURSNUMMER',
			'12AB,00,"School ""De Ark"", locatie Noord",VO,UTRECHT,41797',
			'12AB,01,"Twee',
			'regels",VSO,UTRECHT,41797',
			'12AC,0,Derde,(V)SO,UTRECHT,41797'
		].join('\r\n');
		const rows = rowsOf(parseSchoolFile(utf8(file)));
		expect(rows.map((row) => [row.line, row.name, row.sector])).toEqual([
			[2, 'School "De Ark", locatie Noord', 'VO'],
			[3, 'Twee\r\nregels', 'VSO'],
			[5, 'Derde', 'SO']
		]);
	});

	it('reads a tab-separated file', () => {
		const file = 'brin\tvestigingsnummer\tnaam\tsector\tbestuursnummer\n12AB\t00\tA\tMBO\t1\n';
		expect(rowsOf(parseSchoolFile(utf8(file)))[0]).toMatchObject({ sector: 'MBO', boardNumber: '1' });
	});

	it('skips a preamble line and counts it in the line numbers', () => {
		const file = `Bron: DUO, peildatum 1 oktober 2025\n\n${HEADER}\n12AB;00;A;PO;;1;\n12AB;01;;PO;;1;\n`;
		const result = parseSchoolFile(utf8(file));
		expect(result).toEqual({
			ok: false,
			rowIssues: [{ line: 5, field: 'naam', code: 'required' }],
			truncated: false
		});
	});

	it('lists every bad row of a file with exactly three bad rows and imports nothing', () => {
		const file = [
			HEADER,
			'12AB;00;Goed;PO;;1;',
			'1XAB;00;Foute BRIN;PO;;1;',
			'12AB;01;Goed;PO;;1;',
			'12AB;123;Foute vestiging;PO;;1;',
			'12AB;02;Onbekende sector;HBO;;1;',
			'12AB;03;Goed;PO;;1;'
		].join('\n');
		const result = parseSchoolFile(utf8(file));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.rowIssues).toEqual([
			{ line: 3, field: 'brin', code: 'invalid_brin', value: '1XAB' },
			{ line: 5, field: 'vestigingsnummer', code: 'invalid_location', value: '123' },
			{ line: 6, field: 'sector', code: 'unknown_sector', value: 'HBO' }
		]);
	});

	it('reports several problems of one row, a bad board number and a location of another BRIN', () => {
		const file = `${HEADER}\n12AB;13CD00;;PO;;12-34;\n12AB;00;X;PO;;0000000;\n`;
		const result = parseSchoolFile(utf8(file));
		expect(!result.ok && result.rowIssues.map((issue) => [issue.line, issue.code])).toEqual([
			[2, 'location_mismatch'],
			[2, 'required'],
			[2, 'invalid_board_number'],
			[3, 'invalid_board_number']
		]);
	});

	it('reports a school that occurs twice on its second line and names the first', () => {
		const file = `${HEADER}\n12AB;00;A;PO;;1;\n12AC;00;B;PO;;1;\n12AB;0;A again;PO;;1;\n`;
		const result = parseSchoolFile(utf8(file));
		expect(!result.ok && result.rowIssues).toEqual([
			{ line: 4, field: 'vestigingsnummer', code: 'duplicate_school', value: '12AB00', firstLine: 2 }
		]);
	});

	it('reports values beyond the last column (an unquoted separator inside a name)', () => {
		const result = parseSchoolFile(utf8(`${HEADER}\n12AB;00;De Ark; locatie Noord;PO;;1;Stichting\n`));
		expect(!result.ok && result.rowIssues[0]).toEqual({ line: 2, field: '', code: 'column_count', value: '8' });
	});

	it('reports the missing required columns by their documented names', () => {
		const result = parseSchoolFile(utf8('brin;naam;gemeente\n12AB;A;UTRECHT\n'));
		expect(result).toEqual({
			ok: false,
			fileIssue: { code: 'missing_column', columns: ['vestigingsnummer', 'sector', 'bestuursnummer'] },
			rowIssues: [],
			truncated: false
		});
	});

	it('reports an empty file, a header without rows and a file without known columns', () => {
		const fileIssue = (text: string) => {
			const result = parseSchoolFile(utf8(text));
			return result.ok ? undefined : result.fileIssue?.code;
		};
		expect(parseSchoolFile(new Uint8Array())).toMatchObject({ ok: false, fileIssue: { code: 'empty' } });
		expect(fileIssue(' \r\n \r\n')).toBe('empty');
		expect(fileIssue(`${HEADER}\n;;;;;;\n`)).toBe('empty');
		expect(fileIssue('a;b;c\n1;2;3\n')).toBe('no_header');
	});

	it('refuses more than 20,000 rows and a file over 20 MB', () => {
		const many = `${HEADER}\n${'12AB;00;A;PO;;1;\n'.repeat(20_001)}`;
		expect(parseSchoolFile(utf8(many))).toMatchObject({ fileIssue: { code: 'too_many_rows', rows: 20_001 } });
		expect(parseSchoolFile(new Uint8Array(20 * 1024 * 1024 + 1))).toMatchObject({ fileIssue: { code: 'too_large' } });
	});

	it('caps the issue list at 1,000 and says it did', () => {
		const file = `${HEADER}\n${'XXXX;00;A;PO;;1;\n'.repeat(1_200)}`;
		const result = parseSchoolFile(utf8(file));
		expect(!result.ok && result.rowIssues).toHaveLength(MAX_ROW_ISSUES);
		expect(!result.ok && result.truncated).toBe(true);
	});
});

describe('parseSchoolFile on generated DUO-style files', () => {
	it('reads a generated file and reports its planted bad lines', () => {
		expect(rowsOf(parseSchoolFile(utf8(generateSchoolsCsv(50))))).toHaveLength(50);
		const result = parseSchoolFile(utf8(generateSchoolsCsv(50, { badLines: [7, 31] })));
		expect(!result.ok && result.rowIssues.map((issue) => [issue.line, issue.code])).toEqual([
			[7, 'invalid_brin'],
			[31, 'invalid_brin']
		]);
	});

	it('parses 9,000 rows in well under a second of CPU time', () => {
		const bytes = utf8(generateSchoolsCsv(9_000));
		// CPU time, not wall time: on a machine busy with other work the clock runs on while we wait.
		const started = process.cpuUsage();
		const rows = rowsOf(parseSchoolFile(bytes));
		const used = process.cpuUsage(started);
		const elapsed = (used.user + used.system) / 1000;
		expect(rows).toHaveLength(9_000);
		expect(new Set(rows.map((row) => row.boardNumber)).size).toBe(1_800);
		expect(elapsed).toBeLessThan(2_000);
	});
});
