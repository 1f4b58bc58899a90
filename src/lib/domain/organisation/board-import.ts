/**
 * Parsing a file of school boards (bevoegde gezagen), such as DUO's `03.-bevoegde-gezagen-vo.csv`,
 * with the same conventions as the school import: every problem reported, nothing imported on any.
 *
 * Documented generic columns: `bestuursnummer`, `bestuursnaam`, and optionally `gemeente`.
 */
import { locateColumns, readCsvTable } from './csv-text.ts';
import { RowIssueList, fileFailure, type ImportFailure } from './import-issues.ts';
import { readablePlaceName } from './place-name.ts';
import { RowReader } from './row-reader.ts';
import { MAX_MUNICIPALITY_LENGTH, MAX_NAME_LENGTH, normaliseBoardNumber } from './school-fields.ts';

export type BoardRow = { line: number; boardNumber: string; name: string; municipality: string | null };

export type BoardParseResult = { ok: true; rows: BoardRow[] } | ImportFailure;

const BOARD_COLUMNS = {
	boardNumber: ['bevoegdgezagnummer', 'bestuursnummer'],
	name: ['bevoegdgezagnaam', 'bestuursnaam', 'naam'],
	municipality: ['gemeentenaam', 'gemeente']
} as const;

const KNOWN_COLUMNS = new Set<string>(Object.values(BOARD_COLUMNS).flat());

export function parseBoardFile(bytes: Uint8Array): BoardParseResult {
	const read = readCsvTable(bytes, (key) => KNOWN_COLUMNS.has(key));
	if (!read.ok) return read;
	const columns = locateColumns(read.table.header, BOARD_COLUMNS);
	const missing = [...(columns.boardNumber ? [] : ['bestuursnummer']), ...(columns.name ? [] : ['bestuursnaam'])];
	if (missing.length > 0) return fileFailure({ code: 'missing_column', columns: missing });

	const issues = new RowIssueList();
	const boards: BoardRow[] = [];
	const firstLineOf = new Map<string, number>();
	for (const row of read.table.rows) {
		const reader = new RowReader(row, issues);
		const boardNumber = reader.parsed(columns.boardNumber, normaliseBoardNumber, 'invalid_board_number');
		const name = reader.required(columns.name, MAX_NAME_LENGTH);
		const municipality = reader.optional(columns.municipality, MAX_MUNICIPALITY_LENGTH);
		if (boardNumber === undefined || name === undefined || municipality === undefined) continue;
		const firstLine = firstLineOf.get(boardNumber);
		if (firstLine !== undefined) {
			reader.report(columns.boardNumber, 'duplicate_board', { value: boardNumber, firstLine });
			continue;
		}
		firstLineOf.set(boardNumber, row.line);
		boards.push({
			line: row.line,
			boardNumber,
			name,
			municipality: municipality === null ? null : readablePlaceName(municipality)
		});
	}
	if (!issues.empty) return issues.failure();
	return { ok: true, rows: boards };
}
