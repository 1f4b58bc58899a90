/**
 * Parsing a school-locations file (issue 3): DUO's open data files as downloaded, or a simple file a
 * board makes itself. Pure: bytes in, rows or every problem out; the use-case persists the rows.
 *
 * Documented generic columns: `brin`, `vestigingsnummer`, `naam`, `sector`, `bestuursnummer`, and
 * optionally `gemeente` and `bestuursnaam`. DUO's own column names of the 2022–2026 releases are
 * recognised as well; names match ignoring case, spaces, `_` and `-`.
 */
import { headerKey, locateColumns, readCsvTable, type Column } from './csv-text.ts';
import { RowIssueList, fileFailure, type ImportFailure } from './import-issues.ts';
import { readablePlaceName } from './place-name.ts';
import { RowReader } from './row-reader.ts';
import {
	isDuoPlaceholder,
	MAX_MUNICIPALITY_LENGTH,
	MAX_NAME_LENGTH,
	normaliseBoardNumber,
	normaliseBrin,
	parseLocationNumber
} from './school-fields.ts';
import { parseSector } from './school-sector.ts';
import { schoolCode, type Sector } from './types.ts';

export type SchoolRow = {
	line: number;
	brin: string;
	locationNumber: string;
	name: string;
	sector: Sector;
	municipality: string | null;
	boardNumber: string;
	boardName: string | null;
};

/**
 * - `duo-po`      DUO "alle schoolvestigingen basisonderwijs": no sector column, every row is PO
 * - `duo-vo`      DUO "leerlingen vo per vestiging en bestuur": no sector column, every row is VO
 * - `duo-history` DUO "historisch overzicht aantal leerlingen per schoolvestiging": sector per row
 * - `generic`     any other file; it must have a sector column
 */
export const SCHOOL_FILE_KINDS = ['duo-po', 'duo-vo', 'duo-history', 'generic'] as const;
export type SchoolFileKind = (typeof SCHOOL_FILE_KINDS)[number];

/** A row deliberately not imported; see `isDuoPlaceholder`. */
export type SkippedRow = { line: number; reason: 'duo_placeholder' };

export type SchoolParseResult =
	{ ok: true; kind: SchoolFileKind; rows: SchoolRow[]; skipped: SkippedRow[] } | ImportFailure;

/** Aliases per field as `headerKey` writes them, the first one present wins. */
const SCHOOL_COLUMNS = {
	brin: ['instellingscode', 'brinnummer', 'brin', 'brincode'],
	location: ['vestigingscode', 'vestigingsnummer', 'vestiging'],
	name: ['vestigingsnaam', 'naamvestiging', 'instellingsnaamvestiging', 'naam', 'schoolnaam'],
	sector: ['soortvestiging', 'onderwijssoort', 'sector'],
	municipality: ['gemeentenaam', 'gemeentenaamvestiging', 'gemeente'],
	boardNumber: ['bevoegdgezagnummer', 'bestuursnummer'],
	boardName: ['bevoegdgezagnaam', 'bestuursnaam']
} as const;
type SchoolField = keyof typeof SCHOOL_COLUMNS;

/** Required fields with the name the import documentation gives them, for `missing_column`. */
const REQUIRED: readonly [SchoolField, string][] = [
	['brin', 'brin'],
	['location', 'vestigingsnummer'],
	['name', 'naam'],
	['sector', 'sector'],
	['boardNumber', 'bestuursnummer']
];

const KNOWN_COLUMNS = new Set<string>(Object.values(SCHOOL_COLUMNS).flat());

/** DUO files without a sector column are single-sector by construction. */
const SECTOR_OF_KIND: Partial<Record<SchoolFileKind, Sector>> = { 'duo-po': 'PO', 'duo-vo': 'VO' };

export function parseSchoolFile(bytes: Uint8Array): SchoolParseResult {
	const read = readCsvTable(bytes, (key) => KNOWN_COLUMNS.has(key));
	if (!read.ok) return read;
	const { header, rows } = read.table;
	const columns = locateColumns(header, SCHOOL_COLUMNS);
	const kind = detectKind(header.map(headerKey));
	const fixedSector = columns.sector ? undefined : SECTOR_OF_KIND[kind];

	const missing = REQUIRED.filter(([field]) => !columns[field] && !(field === 'sector' && fixedSector)).map(
		([, documented]) => documented
	);
	if (missing.length > 0) return fileFailure({ code: 'missing_column', columns: missing });

	const issues = new RowIssueList();
	const parsed: SchoolRow[] = [];
	const skipped: SkippedRow[] = [];
	const firstLineOf = new Map<string, number>();
	for (const row of rows) {
		const reader = new RowReader(row, issues);
		if (isDuoPlaceholder(reader.cell(columns.name), reader.cell(columns.boardNumber))) {
			skipped.push({ line: row.line, reason: 'duo_placeholder' });
			continue;
		}
		const school = readSchool(reader, columns, fixedSector);
		if (!school) continue;
		const key = schoolCode(school.brin, school.locationNumber);
		const firstLine = firstLineOf.get(key);
		if (firstLine !== undefined) {
			reader.report(columns.location, 'duplicate_school', { value: key, firstLine });
			continue;
		}
		firstLineOf.set(key, row.line);
		parsed.push(school);
	}
	if (!issues.empty) return issues.failure();
	return { ok: true, kind, rows: parsed, skipped };
}

type SchoolColumns = Partial<Record<SchoolField, Column>>;

function readSchool(reader: RowReader, columns: SchoolColumns, fixedSector: Sector | undefined): SchoolRow | undefined {
	const brin = reader.parsed(columns.brin, normaliseBrin, 'invalid_brin');
	const locationNumber = readLocation(reader, columns.location, brin);
	const name = reader.required(columns.name, MAX_NAME_LENGTH);
	const sector = fixedSector ?? reader.parsed(columns.sector, parseSector, 'unknown_sector');
	const municipality = reader.optional(columns.municipality, MAX_MUNICIPALITY_LENGTH);
	const boardNumber = reader.parsed(columns.boardNumber, normaliseBoardNumber, 'invalid_board_number');
	const boardName = reader.optional(columns.boardName, MAX_NAME_LENGTH);
	if (
		brin === undefined ||
		locationNumber === undefined ||
		name === undefined ||
		sector === undefined ||
		municipality === undefined ||
		boardNumber === undefined ||
		boardName === undefined
	) {
		return undefined;
	}
	return {
		line: reader.line,
		brin,
		locationNumber,
		name,
		sector,
		municipality: municipality === null ? null : readablePlaceName(municipality),
		boardNumber,
		boardName
	};
}

function readLocation(reader: RowReader, column: Column | undefined, brin: string | undefined): string | undefined {
	const value = reader.cell(column);
	if (value === '') return reader.report(column, 'required');
	const location = parseLocationNumber(value, brin);
	return location.ok ? location.locationNumber : reader.report(column, location.code, { value });
}

/** Which DUO publication this is, by the columns only that publication has. */
function detectKind(keys: readonly string[]): SchoolFileKind {
	if (keys.some((key) => /^leerlingen[0-9]{4}$/.test(key))) return 'duo-history';
	if (keys.includes('denominatie') && keys.some((key) => key.startsWith('nodaalgebied'))) return 'duo-po';
	if (keys.some((key) => key.startsWith('aantalvoleerlingen'))) return 'duo-vo';
	return 'generic';
}
