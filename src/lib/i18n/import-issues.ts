/** Sentences for import problems: one per row-issue code and per file-issue code. */
import { m } from '../paraglide/messages.js';
import type { FileIssue, RowIssue, RowIssueCode } from '../domain/organisation/import-issues.ts';

const ROW: Record<RowIssueCode, (i: RowIssue) => string> = {
	required: () => m.import_issue_required(),
	too_long: (i) => m.import_issue_too_long({ value: i.value ?? '' }),
	column_count: () => m.import_issue_column_count(),
	invalid_brin: (i) => m.import_issue_invalid_brin({ value: i.value ?? '' }),
	invalid_location: (i) => m.import_issue_invalid_location({ value: i.value ?? '' }),
	location_mismatch: (i) => m.import_issue_location_mismatch({ value: i.value ?? '' }),
	unknown_sector: (i) => m.import_issue_unknown_sector({ value: i.value ?? '' }),
	invalid_board_number: (i) => m.import_issue_invalid_board_number({ value: i.value ?? '' }),
	duplicate_school: (i) => m.import_issue_duplicate_school({ first: i.firstLine ?? '' }),
	duplicate_board: (i) => m.import_issue_duplicate_board({ first: i.firstLine ?? '' }),
	invalid_email: (i) => m.import_issue_invalid_email({ value: i.value ?? '' }),
	duplicate_email: (i) => m.import_issue_duplicate_email({ first: i.firstLine ?? '' }),
	unknown_role: (i) => m.import_issue_unknown_role({ value: i.value ?? '' }),
	role_not_importable: (i) => m.import_issue_role_not_importable({ value: i.value ?? '' }),
	invalid_school: (i) => m.import_issue_invalid_school({ value: i.value ?? '' }),
	unknown_school: (i) => m.import_issue_unknown_school({ value: i.value ?? '' }),
	role_wrong_place: () => m.import_issue_role_wrong_place()
};

export function rowIssueText(issue: RowIssue): string {
	return ROW[issue.code](issue);
}

export function fileIssueText(issue: FileIssue): string {
	switch (issue.code) {
		case 'empty':
			return m.import_file_empty();
		case 'too_large':
			return m.import_file_too_large();
		case 'unreadable_encoding':
			return m.import_file_unreadable_encoding();
		case 'no_header':
			return m.import_file_no_header();
		case 'missing_column':
			return m.import_file_missing_column({ columns: issue.columns.join(', ') });
		case 'too_many_rows':
			return m.import_file_too_many_rows();
		case 'malformed_csv':
			return m.import_file_malformed_csv({ line: issue.line });
	}
}
