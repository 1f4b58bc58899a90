/**
 * Parsing the people file a board or school uploads to invite its staff (issue 3). The platform
 * documents this format:
 *
 *   naam;e-mail;rol;school
 *   Anna de Vries;anna@school.nl;leraar;12AB00
 *   Bram Jansen;bram@school.nl;schoolleider;
 *
 * - `naam` (or `name`): required, at most 200 characters.
 * - `e-mail` (or `email`, `e-mailadres`): required, one address per person in the file; stored lower-case
 *   because mail systems treat addresses case-insensitively and people type them both ways.
 * - `rol` (or `role`): a label from `roles.ts`; the platform administrator role cannot be handed out
 *   by a file, only by another administrator.
 * - `school` (optional): BRIN + location (`12AB00`), or a BRIN (`12AB`) with the location in a separate
 *   `vestiging` column. Empty means the organisation the file is imported into. A BRIN without a
 *   location gives `locationNumber: null`: the use-case resolves it against the registry (most BRINs
 *   have one location) or reports it.
 */
import { locateColumns, readCsvTable, type Column } from './csv-text.ts';
import { RowIssueList, fileFailure, type ImportFailure } from './import-issues.ts';
import { parseRoleLabel, type Role } from './roles.ts';
import { RowReader } from './row-reader.ts';
import { MAX_NAME_LENGTH, normaliseBrin, parseLocationNumber } from './school-fields.ts';

export type SchoolReference = { brin: string; locationNumber: string | null };

export type PersonRow = { line: number; name: string; email: string; role: Role; school: SchoolReference | null };

export type PeopleParseResult = { ok: true; rows: PersonRow[] } | ImportFailure;

const PEOPLE_COLUMNS = {
	name: ['naam', 'name', 'volledigenaam'],
	email: ['email', 'emailadres', 'mail'],
	role: ['rol', 'role'],
	school: ['school', 'schoolcode', 'brin', 'brinnummer', 'vestigingscode'],
	location: ['vestiging', 'vestigingsnummer']
} as const;

const KNOWN_COLUMNS = new Set<string>(Object.values(PEOPLE_COLUMNS).flat());

/** RFC 5321 limits. */
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
/**
 * Deliberately plausible rather than RFC-complete: a local part without spaces or the characters that
 * signal a pasted "Name <address>", and a domain of letter/digit labels with a top-level domain of at
 * least two letters. Whether the address exists is for the invitation mail to find out.
 */
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function parsePeopleFile(bytes: Uint8Array): PeopleParseResult {
	const read = readCsvTable(bytes, (key) => KNOWN_COLUMNS.has(key));
	if (!read.ok) return read;
	const columns = locateColumns(read.table.header, PEOPLE_COLUMNS);
	const missing = [
		...(columns.name ? [] : ['naam']),
		...(columns.email ? [] : ['e-mail']),
		...(columns.role ? [] : ['rol'])
	];
	if (missing.length > 0) return fileFailure({ code: 'missing_column', columns: missing });

	const issues = new RowIssueList();
	const people: PersonRow[] = [];
	const firstLineOf = new Map<string, number>();
	for (const row of read.table.rows) {
		const reader = new RowReader(row, issues);
		const name = reader.required(columns.name, MAX_NAME_LENGTH);
		const email = reader.parsed(columns.email, parseEmail, 'invalid_email');
		const role = readRole(reader, columns.role);
		const school = readSchool(reader, columns.school, columns.location);
		if (email !== undefined) {
			const firstLine = firstLineOf.get(email);
			if (firstLine !== undefined) {
				reader.report(columns.email, 'duplicate_email', { value: email, firstLine });
				continue;
			}
			firstLineOf.set(email, row.line);
		}
		if (name === undefined || email === undefined || role === undefined || school === undefined) continue;
		people.push({ line: row.line, name, email, role, school });
	}
	if (!issues.empty) return issues.failure();
	return { ok: true, rows: people };
}

export function parseEmail(value: string): string | undefined {
	const email = value.trim().toLowerCase();
	const at = email.lastIndexOf('@');
	if (email.length > MAX_EMAIL_LENGTH || at > MAX_LOCAL_PART_LENGTH) return undefined;
	if (email.startsWith('.') || email.includes('..') || email.slice(0, at).endsWith('.')) return undefined;
	return EMAIL_PATTERN.test(email) ? email : undefined;
}

function readRole(reader: RowReader, column: Column | undefined): Role | undefined {
	const role = reader.parsed(column, parseRoleLabel, 'unknown_role');
	if (role === 'platformbeheerder') return reader.report(column, 'role_not_importable', { value: reader.cell(column) });
	return role;
}

/** null: no school given (the organisation imported into); undefined: an issue was reported. */
function readSchool(
	reader: RowReader,
	schoolColumn: Column | undefined,
	locationColumn: Column | undefined
): SchoolReference | null | undefined {
	const school = reader.cell(schoolColumn).replace(/\s+/g, '').toUpperCase();
	const location = reader.cell(locationColumn);
	if (school === '') return location === '' ? null : reader.report(schoolColumn ?? locationColumn, 'required');

	const brin = school.length === 4 || school.length === 6 ? normaliseBrin(school.slice(0, 4)) : undefined;
	const embedded = school.length === 6 ? school.slice(4) : '';
	if (brin === undefined || (school.length === 6 && !/^[0-9]{2}$/.test(embedded))) {
		return reader.report(schoolColumn, 'invalid_school', { value: school });
	}
	if (location === '') return { brin, locationNumber: embedded === '' ? null : embedded };

	const parsed = parseLocationNumber(location, brin);
	if (!parsed.ok) return reader.report(locationColumn, parsed.code, { value: location });
	if (embedded !== '' && parsed.locationNumber !== embedded) {
		return reader.report(locationColumn, 'location_mismatch', { value: location });
	}
	return { brin, locationNumber: parsed.locationNumber };
}
