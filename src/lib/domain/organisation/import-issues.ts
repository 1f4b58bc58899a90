/**
 * What the CSV imports (schools, boards, people) report back. An import is all-or-nothing: a file with
 * one bad row imports nothing, so the person uploading needs the complete list of what to fix in one go,
 * not a fix-one-upload-again loop. Each issue points at the line in the file as a spreadsheet or text
 * editor shows it, and at the column by the name written in the file's own header.
 */

/** Upload limits: a whole country's primary schools (6,122 locations) is ~1.9 MB, so these leave headroom. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** Past this a person is better served by fixing the export than by reading the list; `truncated` says so. */
export const MAX_ROW_ISSUES = 1_000;

/**
 * Row issue codes (a closed set; the UI has one message per code):
 * - `required`             the cell is empty (DUO writes an empty field as one space; that counts as empty)
 * - `too_long`             longer than the platform stores (names 200, municipality 100 characters)
 * - `column_count`         the row has values beyond the last column of the header: usually an unquoted
 *                          separator inside a name, which shifts every later column (`field` is empty)
 * - `invalid_brin`         not two digits and two letters (e.g. `12AB`)
 * - `invalid_location`     not a location number (1–2 digits, or BRIN + 2 digits such as `12AB00`)
 * - `location_mismatch`    a 6-character location code whose first four characters are not the row's BRIN
 * - `unknown_sector`       a sector/school type the platform cannot map (see `school-sector.ts`)
 * - `invalid_board_number` not 1–6 digits, or zero
 * - `duplicate_school`     the same BRIN + location earlier in the file (`firstLine` names that line)
 * - `duplicate_board`      the same board number earlier in the file (`firstLine`)
 * - `invalid_email`        not a plausible e-mail address
 * - `duplicate_email`      the same address (case-insensitive) earlier in the file (`firstLine`)
 * - `unknown_role`         not one of the role labels in `roles.ts`
 * - `role_not_importable`  a role that a file may not hand out (platform administrator)
 * - `invalid_school`       the school cell is neither a BRIN (`12AB`) nor BRIN + location (`12AB00`)
 * - `unknown_school`       (checked against the database) no school with this code in the organisation
 * - `role_wrong_place`     (checked against the database) the role does not fit where the person would go
 */
export const ROW_ISSUE_CODES = [
	'required',
	'too_long',
	'column_count',
	'invalid_brin',
	'invalid_location',
	'location_mismatch',
	'unknown_sector',
	'invalid_board_number',
	'duplicate_school',
	'duplicate_board',
	'invalid_email',
	'duplicate_email',
	'unknown_role',
	'role_not_importable',
	'invalid_school',
	'unknown_school',
	'role_wrong_place'
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];

export type RowIssue = {
	/** 1-based line in the file, counting the header and any preamble line above it. */
	line: number;
	/** The column name as written in the file's header. */
	field: string;
	code: RowIssueCode;
	/** The offending cell (shortened), so the message can quote it. */
	value?: string;
	/** For duplicates: the line where the value first occurred. */
	firstLine?: number;
};

/**
 * File issue codes: the file as a whole cannot be read, so there are no row issues.
 * - `empty`               no bytes, only blank lines, or a header without data rows
 * - `too_large`           more than `MAX_IMPORT_BYTES`
 * - `unreadable_encoding` not text (e.g. an .xlsx or a PDF uploaded as CSV)
 * - `no_header`           none of the recognised column names in the first lines
 * - `missing_column`      the header lacks required columns (`columns`: the platform's names for them)
 * - `too_many_rows`       more than `MAX_IMPORT_ROWS` data rows
 * - `malformed_csv`       a quoted field is never closed, so every later row would be garbled (`line`)
 */
export type FileIssue =
	| { code: 'empty' }
	| { code: 'too_large'; limit: number; size: number }
	| { code: 'unreadable_encoding' }
	| { code: 'no_header' }
	| { code: 'missing_column'; columns: string[] }
	| { code: 'too_many_rows'; limit: number; rows: number }
	| { code: 'malformed_csv'; line: number };

export type ImportFailure = { ok: false; fileIssue?: FileIssue; rowIssues: RowIssue[]; truncated: boolean };

export function fileFailure(fileIssue: FileIssue): ImportFailure {
	return { ok: false, fileIssue, rowIssues: [], truncated: false };
}

/** Collects every row issue, keeping the first `MAX_ROW_ISSUES`. */
export class RowIssueList {
	readonly issues: RowIssue[] = [];
	truncated = false;

	add(issue: RowIssue): void {
		if (this.issues.length >= MAX_ROW_ISSUES) {
			this.truncated = true;
			return;
		}
		this.issues.push(issue.value === undefined ? issue : { ...issue, value: shorten(issue.value) });
	}

	get empty(): boolean {
		return this.issues.length === 0 && !this.truncated;
	}

	failure(): ImportFailure {
		return { ok: false, rowIssues: this.issues, truncated: this.truncated };
	}
}

/** A pasted paragraph in a cell should not turn the issue list into a wall of text. */
function shorten(value: string): string {
	return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}
