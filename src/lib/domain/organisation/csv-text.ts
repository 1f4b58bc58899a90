/**
 * From uploaded bytes to a table of trimmed cells, for files exported by DUO, Excel or a school's
 * administration system. These files must be accepted as people download them (DUO's open-data
 * exports, re-saved by Excel or not), so everything below is about tolerating their quirks, while the
 * actual splitting into fields is left to csv-parse: quoted separators and doubled quotes are not
 * something to hand-roll.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { fileFailure, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportFailure } from './import-issues.ts';

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A header may be preceded by a title or "peildatum" line; beyond this many lines we stop looking. */
const HEADER_SEARCH_LINES = 20;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const CTRL_Z = String.fromCharCode(0x1a);

/**
 * Bytes to text, or undefined when the bytes are not text at all. DUO publishes some files as UTF-8 with
 * a byte-order mark and others as Windows-1252 (curly quotes in `’t Kompas`, `é`), and Excel on Windows
 * still saves "CSV" as Windows-1252. Valid UTF-8 is almost never accidental for Windows-1252 text with
 * accents, so strict UTF-8 first and Windows-1252 as the fallback tells them apart. Excel's "Unicode
 * text" export is UTF-16 with a BOM.
 */
export function decodeCsvBytes(bytes: Uint8Array): string | undefined {
	let text = decodeText(bytes);
	if (text === undefined) return undefined;
	// Ctrl-Z ends some files written by old DOS-era administration software.
	while (text.endsWith(CTRL_Z)) text = text.slice(0, -1);
	return looksBinary(text) ? undefined : text;
}

function decodeText(bytes: Uint8Array): string | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes);
	// Strip the BOM ourselves: when a UTF-8 file turns out to hold stray Windows-1252 bytes, the fallback
	// decoder would otherwise glue `ï»¿` onto the first column name.
	const body = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(3) : bytes;
	return decodeStrict('utf-8', body) ?? new TextDecoder('windows-1252').decode(body);
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch (error) {
		// A TypeError is how TextDecoder reports bytes that are invalid in this encoding.
		if (error instanceof TypeError) return undefined;
		throw error;
	}
}

/** An .xlsx (a zip), a PDF or an image decodes as Windows-1252 without error; control characters give it away. */
function looksBinary(text: string): boolean {
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0) return true;
		// Tab, line feed and carriage return are the only control characters a CSV file has reason to hold.
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls++;
	}
	return controls > text.length / 100;
}

/**
 * A cell as the platform reads it. DUO writes an empty field as a single space and pads fields with
 * trailing spaces; `String.trim` also removes no-break spaces that Excel leaves behind. Some DUO
 * releases quote names twice (`"BS """"De Maasparel"""""`), which csv-parse correctly turns into
 * `BS ""De Maasparel""`; no school is called that, so doubled quotes are collapsed. Quotes around a
 * whole value that survived parsing (a space before the opening quote) are dropped.
 */
export function normaliseCell(raw: string): string {
	let cell = raw.trim();
	if (cell.includes('""')) cell = cell.replace(/""/g, '"');
	if (cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')) cell = cell.slice(1, -1).trim();
	return cell;
}

/** Column names differ per release (`BRIN NUMMER`, `brin`, `BEVOEGD_GEZAG_NUMMER`): compare them by this key. */
export function headerKey(name: string): string {
	return normaliseCell(name)
		.toLowerCase()
		.replace(/[\s_-]+/g, '');
}

export type HeaderLine = { index: number; offset: number; delimiter: Delimiter };

/**
 * The header is the first line that names a column the importer knows; everything above it is preamble.
 * The delimiter is the one under which that line names the most known columns, so a `;` file with a
 * comma in a column name, or a tab-separated export, is still read right.
 */
export function findHeaderLine(text: string, isKnownColumn: (key: string) => boolean): HeaderLine | undefined {
	const lineBreak = /\r\n|\n|\r/g;
	let offset = 0;
	for (let index = 0; index < HEADER_SEARCH_LINES && offset <= text.length; index++) {
		const match = lineBreak.exec(text);
		const end = match ? match.index : text.length;
		const line = text.slice(offset, end);
		let best: { delimiter: Delimiter; known: number } | undefined;
		for (const delimiter of DELIMITERS) {
			const known = line.split(delimiter).filter((cell) => isKnownColumn(headerKey(cell))).length;
			if (known > (best?.known ?? 0)) best = { delimiter, known };
		}
		if (best) return { index, offset, delimiter: best.delimiter };
		if (!match) break;
		offset = lineBreak.lastIndex;
	}
	return undefined;
}

export type CsvRow = {
	/** 1-based line in the file where the row starts. */
	line: number;
	cells: string[];
	/** Values beyond the header's last column (see the `column_count` issue). */
	overflow: boolean;
};
export type CsvTable = { header: string[]; headerLine: number; rows: CsvRow[] };

/** Decode, find the header, split into normalised cells and enforce the size limits. */
export function readCsvTable(
	bytes: Uint8Array,
	isKnownColumn: (key: string) => boolean
): { ok: true; table: CsvTable } | ImportFailure {
	if (bytes.length > MAX_IMPORT_BYTES)
		return fileFailure({ code: 'too_large', limit: MAX_IMPORT_BYTES, size: bytes.length });
	const text = decodeCsvBytes(bytes);
	if (text === undefined) return fileFailure({ code: 'unreadable_encoding' });
	if (text.trim() === '') return fileFailure({ code: 'empty' });
	const found = findHeaderLine(text, isKnownColumn);
	if (!found) return fileFailure({ code: 'no_header' });

	const headerLine = found.index + 1;
	// Collected as they are parsed, so that on an error the records before it tell where it started.
	const records: string[][] = [];
	try {
		parse(text.slice(found.offset), {
			delimiter: found.delimiter,
			// Width and stray quotes are judged per row below, so one odd row does not hide the others.
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			on_record: (record) => {
				records.push(record);
				return null;
			}
		});
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		// csv-parse reports the line where it gave up (the end of the file for an unclosed quote); the
		// person needs the line where the broken record starts.
		const line = records.reduce((start, record) => start + spannedLines(record), headerLine);
		return fileFailure({ code: 'malformed_csv', line });
	}

	const [headerRecord = [], ...dataRecords] = records;
	const header = headerRecord.map(normaliseCell);
	// Unnamed trailing columns (a header ending in `;`) are not columns.
	while (header.length > 0 && header[header.length - 1] === '') header.pop();

	const rows: CsvRow[] = [];
	// csv-parse counts a CRLF inside a quoted field as two lines, so line numbers are derived from the
	// records: a record spans one line plus the line breaks inside its quoted values.
	let line = headerLine + spannedLines(headerRecord);
	for (const record of dataRecords) {
		const cells = record.map(normaliseCell);
		if (cells.some((cell) => cell !== '')) {
			const overflow = cells.slice(header.length).some((cell) => cell !== '');
			rows.push({ line, cells, overflow });
		}
		line += spannedLines(record);
	}
	if (rows.length === 0) return fileFailure({ code: 'empty' });
	if (rows.length > MAX_IMPORT_ROWS)
		return fileFailure({ code: 'too_many_rows', limit: MAX_IMPORT_ROWS, rows: rows.length });
	return { ok: true, table: { header, headerLine, rows } };
}

function spannedLines(record: readonly string[]): number {
	let lines = 1;
	for (const cell of record) {
		if (cell.includes('\n') || cell.includes('\r')) lines += cell.match(/\r\n|\n|\r/g)?.length ?? 0;
	}
	return lines;
}

export type Column = { index: number; name: string };

/**
 * Where each field's column is, by the first alias (in the order given) that the header contains.
 * Aliases are written as `headerKey` produces them.
 */
export function locateColumns<F extends string>(
	header: readonly string[],
	aliases: Readonly<Record<F, readonly string[]>>
): Partial<Record<F, Column>> {
	const keys = header.map(headerKey);
	const located: Partial<Record<F, Column>> = {};
	for (const field in aliases) {
		for (const alias of aliases[field]) {
			const index = keys.indexOf(alias);
			if (index >= 0) {
				located[field] = { index, name: header[index] ?? alias };
				break;
			}
		}
	}
	return located;
}

/** The normalised cell of a column, or '' when the row is shorter than the header. */
export function cellOf(row: CsvRow, column: Column | undefined): string {
	return column ? (row.cells[column.index] ?? '') : '';
}
