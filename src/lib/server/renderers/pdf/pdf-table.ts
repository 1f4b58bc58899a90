/**
 * Tables for the report PDF, laid out by hand rather than with pdfkit's `table()`: a row must never
 * be split over two pages, and the header row must come back on every page the table continues on.
 */
import { artifact, container, headerCell, tagged, type Parent } from './tags.ts';

export type TableData = { caption: string; head: string[]; rows: string[][] };

export type Area = { pdf: PDFKit.PDFDocument; left: number; width: number; top: number; bottom: number };

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

const SIZE = 9;
const PAD_X = 4;
const PAD_Y = 3.5;
const LINE_GAP = 1;
const RULE = '#c8c8c8';
const HEADER_FILL = '#eeeeee';
const TEXT = '#1f1f1f';

/**
 * Starts a new page when `height` does not fit below the current position — unless we are at the
 * top of a page already, where a new page would only leave this one blank.
 */
export function ensureSpace(area: Area, height: number): void {
	if (area.pdf.y + height > area.bottom && area.pdf.y > area.top + 1) {
		area.pdf.addPage();
		area.pdf.y = area.top;
	}
}

// Figures, percentages and dashes line up on the right, the way people compare numbers.
const NUMERIC = /^[-+−–]?[\d\s.,]+%?$|^[–—-]$/;

function columnWidths(pdf: PDFKit.PDFDocument, head: string[], rows: string[][], total: number): number[] {
	const natural = head.map(() => 0);
	const minimum = head.map(() => 0);
	const measure = (text: string, column: number, font: string) => {
		pdf.font(font).fontSize(SIZE);
		natural[column] = Math.max(natural[column]!, pdf.widthOfString(text) + 2 * PAD_X);
		const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => pdf.widthOfString(w)));
		minimum[column] = Math.max(minimum[column]!, longestWord + 2 * PAD_X);
	};
	head.forEach((text, c) => measure(text, c, FONT.bold));
	for (const row of rows) row.forEach((text, c) => measure(text, c, FONT.regular));

	const sumNatural = natural.reduce((a, b) => a + b, 0);
	if (sumNatural <= total) return natural.map((w) => (w / sumNatural) * total);
	// Too wide: every column first gets its longest word (or a fair share, when even that is too
	// wide: pdfkit then breaks the word), the rest goes to the columns that want more.
	const floor = minimum.map((w) => Math.min(w, total / head.length));
	const spare = total - floor.reduce((a, b) => a + b, 0);
	const wants = natural.map((w, c) => Math.max(0, w - floor[c]!));
	const sumWants = wants.reduce((a, b) => a + b, 0) || 1;
	return floor.map((w, c) => w + (spare * wants[c]!) / sumWants);
}

function rowHeight(pdf: PDFKit.PDFDocument, cells: string[], widths: number[], font: string): number {
	pdf.font(font).fontSize(SIZE);
	const lines = cells.map((text, c) =>
		text === '' ? 0 : pdf.heightOfString(text, { width: widths[c]! - 2 * PAD_X, lineGap: LINE_GAP })
	);
	return Math.max(pdf.currentLineHeight(true), ...lines) + 2 * PAD_Y;
}

/**
 * One row. Tagged, it is a TR of TH (the header row, and the first cell of every row: the aspect,
 * round or school the row is about) and TD cells; untagged (`row` null) it is the header drawn
 * again on a page the table continues on, which a screen reader has already read.
 */
function drawRow(
	area: Area,
	row: Parent | null,
	cells: string[],
	widths: number[],
	aligns: ('left' | 'right')[],
	header: boolean,
	height: number
): void {
	const { pdf } = area;
	const font = header ? FONT.bold : FONT.regular;
	const y = pdf.y;
	if (header) artifact(pdf, () => pdf.rect(area.left, y, area.width, height).fill(HEADER_FILL));
	let x = area.left;
	cells.forEach((text, c) => {
		const w = widths[c]!;
		const cellX = x;
		const draw = () => {
			pdf.font(font).fontSize(SIZE).fillColor(TEXT);
			// `height` keeps pdfkit from flowing a cell onto a new page by itself; rows are placed whole.
			pdf.text(text, cellX + PAD_X, y + PAD_Y, {
				width: w - 2 * PAD_X,
				height: height - PAD_Y,
				lineGap: LINE_GAP,
				align: aligns[c] ?? 'left',
				ellipsis: true
			});
		};
		if (!row) artifact(pdf, draw, 'Pagination');
		else if (header || c === 0) headerCell(pdf, row, header ? 'Column' : 'Row', draw);
		else tagged(pdf, row, 'TD', draw);
		x += w;
	});
	artifact(pdf, () =>
		pdf
			.moveTo(area.left, y + height)
			.lineTo(area.left + area.width, y + height)
			.lineWidth(header ? 0.8 : 0.4)
			.strokeColor(header ? '#888888' : RULE)
			.stroke()
	);
	pdf.x = area.left;
	pdf.y = y + height;
}

/** A tagged row (TR) under `table`. */
function tableRow(
	area: Area,
	table: Parent,
	cells: string[],
	widths: number[],
	aligns: ('left' | 'right')[],
	header: boolean,
	height: number
): void {
	const row = container(area.pdf, table, 'TR');
	drawRow(area, row, cells, widths, aligns, header, height);
	row.end();
}

export function drawTable(area: Area, parent: Parent, table: TableData): void {
	const { pdf } = area;
	const columns = table.head.length;
	if (columns === 0) throw new Error('drawTable: a table needs at least one column');
	const rows = table.rows.map((row) => {
		if (row.length > columns) throw new Error(`drawTable: a row has ${row.length} cells for ${columns} columns`);
		return [...row, ...Array.from({ length: columns - row.length }, () => '')];
	});
	const widths = columnWidths(pdf, table.head, rows, area.width);
	const aligns = table.head.map((_, c) => {
		const values = rows.map((r) => r[c]!).filter((v) => v.trim() !== '');
		return values.length > 0 && values.every((v) => NUMERIC.test(v.trim())) ? 'right' : 'left';
	});
	const headHeight = rowHeight(pdf, table.head, widths, FONT.bold);
	// A row taller than a page cannot be kept whole; it is clipped (with an ellipsis) to one page.
	const maxRow = area.bottom - area.top - headHeight;

	pdf.font(FONT.bold).fontSize(10);
	const captionHeight = pdf.heightOfString(table.caption, { width: area.width }) + 4;
	const firstRow = rows[0] ? Math.min(maxRow, rowHeight(pdf, rows[0], widths, FONT.regular)) : 0;
	// Caption, header and the first row stay together.
	ensureSpace(area, captionHeight + headHeight + firstRow);
	const element = container(pdf, parent, 'Table');
	tagged(pdf, element, 'Caption', () =>
		pdf.font(FONT.bold).fontSize(10).fillColor(TEXT).text(table.caption, area.left, pdf.y, { width: area.width })
	);
	pdf.y += 4;
	tableRow(area, element, table.head, widths, aligns, true, headHeight);

	for (const row of rows) {
		const height = Math.min(maxRow, rowHeight(pdf, row, widths, FONT.regular));
		if (pdf.y + height > area.bottom) {
			pdf.addPage();
			pdf.y = area.top;
			drawRow(area, null, table.head, widths, aligns, true, headHeight);
		}
		tableRow(area, element, row, widths, aligns, false, height);
	}
	element.end();
}
