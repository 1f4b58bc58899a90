/**
 * Reading one cell of one row while recording what is wrong with it, shared by the school, board and
 * people imports so that "empty" and "too long" mean the same thing in each.
 */
import { cellOf, type Column, type CsvRow } from './csv-text.ts';
import type { RowIssueCode, RowIssueList } from './import-issues.ts';

export class RowReader {
	constructor(
		private readonly row: CsvRow,
		private readonly issues: RowIssueList
	) {
		if (row.overflow) issues.add({ line: row.line, field: '', code: 'column_count', value: String(row.cells.length) });
	}

	get line(): number {
		return this.row.line;
	}

	cell(column: Column | undefined): string {
		return cellOf(this.row, column);
	}

	report(
		column: Column | undefined,
		code: RowIssueCode,
		extra: { value?: string; firstLine?: number } = {}
	): undefined {
		this.issues.add({ line: this.row.line, field: column?.name ?? '', code, ...extra });
		return undefined;
	}

	/** The cell, or undefined after reporting it empty or too long. */
	required(column: Column | undefined, maxLength: number): string | undefined {
		const value = this.cell(column);
		if (value === '') return this.report(column, 'required');
		if (value.length > maxLength) return this.report(column, 'too_long', { value });
		return value;
	}

	/** The cell, null when empty or the column is absent, or undefined after reporting it too long. */
	optional(column: Column | undefined, maxLength: number): string | null | undefined {
		const value = this.cell(column);
		if (value === '') return null;
		if (value.length > maxLength) return this.report(column, 'too_long', { value });
		return value;
	}

	/** A required cell run through a parser; undefined after reporting it empty or as `code`. */
	parsed<T>(column: Column | undefined, parse: (value: string) => T | undefined, code: RowIssueCode): T | undefined {
		const value = this.cell(column);
		if (value === '') return this.report(column, 'required');
		const result = parse(value);
		return result === undefined ? this.report(column, code, { value }) : result;
	}
}
