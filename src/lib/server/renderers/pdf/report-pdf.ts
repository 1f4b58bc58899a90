/**
 * The report as a PDF, made on the server with pdfkit: no browser, so it works in a job and costs
 * little memory. Every word arrives translated in the `ReportDocument`; this module only lays out.
 *
 * Fonts are the PDF standard fonts (Helvetica family, WinAnsi encoding): nothing to embed, and they
 * cover Dutch (ë, é, ï, ĳ written as "ij"). Characters outside WinAnsi cannot be shown by them; see
 * `toWinAnsi`. Text stays text (selectable, searchable), charts included: svg-to-pdfkit draws the
 * SVG's <text> with the same fonts. The document is tagged (tags.ts): headings, paragraphs, lists,
 * tables with header cells, and charts as figures with alternative text.
 */
import PDFDocument from 'pdfkit';
import { FONT, drawTable, ensureSpace, type Area } from './pdf-table.ts';
import { PDF_UA_ID, artifact, container, tagged, type Parent } from './tags.ts';
import { chartBox, drawChart } from './pdf-chart.ts';

export type Section =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'bullets'; items: string[] }
	/** `alt` is what a screen reader says for the picture: its title and where its figures are. */
	| { kind: 'chart'; svg: string; caption: string; alt: string }
	| { kind: 'table'; caption: string; head: string[]; rows: string[][] };

export type ReportDocument = {
	locale: 'nl' | 'en';
	title: string;
	subtitle: string;
	generatedOn: string;
	sections: Section[];
	footer: string;
};

export const PDF_AUTHOR = 'Werkwijzer Samen Leren';

const MARGIN = { top: 50, bottom: 60, left: 50, right: 50 };
const TEXT = '#1f1f1f';
const MUTED = '#555555';
const BODY = 10.5;
const LINE_GAP = 2;

export async function renderReportPdf(doc: ReportDocument): Promise<Uint8Array> {
	const pdf = new PDFDocument({
		size: 'A4',
		layout: 'portrait',
		margins: MARGIN,
		bufferPages: true,
		pdfVersion: '1.7',
		tagged: true,
		lang: doc.locale === 'nl' ? 'nl-NL' : 'en-GB',
		displayTitle: true,
		info: { Title: toWinAnsi(doc.title), Author: PDF_AUTHOR, Subject: toWinAnsi(doc.subtitle), Creator: PDF_AUTHOR }
	});
	pdf.appendXML(PDF_UA_ID);
	const done = collect(pdf);
	const root = pdf.struct('Document');
	pdf.addStructure(root);
	const area: Area = {
		pdf,
		left: MARGIN.left,
		width: pdf.page.width - MARGIN.left - MARGIN.right,
		top: MARGIN.top,
		bottom: pdf.page.height - MARGIN.bottom
	};

	tagged(pdf, root, 'H1', () =>
		pdf
			.font(FONT.bold)
			.fontSize(20)
			.fillColor(TEXT)
			.text(toWinAnsi(doc.title), area.left, area.top, { width: area.width })
	);
	pdf.moveDown(0.3);
	tagged(pdf, root, 'P', () =>
		pdf.font(FONT.regular).fontSize(11).fillColor(MUTED).text(toWinAnsi(doc.subtitle), { width: area.width })
	);
	tagged(pdf, root, 'P', () => pdf.fontSize(9).text(toWinAnsi(doc.generatedOn), { width: area.width }));
	pdf.moveDown(0.6);
	artifact(pdf, () => rule(area, '#888888'));
	pdf.y += 10;

	doc.sections.forEach((section, i) => drawSection(area, root, section, doc.sections[i + 1]));
	root.end();

	addFooters(pdf, toWinAnsi(doc.footer));
	pdf.end();
	return done;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
		pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		pdf.on('error', reject);
	});
}

function rule(area: Area, color: string): void {
	area.pdf
		.moveTo(area.left, area.pdf.y)
		.lineTo(area.left + area.width, area.pdf.y)
		.lineWidth(0.6)
		.strokeColor(color)
		.stroke();
}

/** Body text as an element of `type` (P, LBody) under `parent`; it may flow over pages. */
function bodyText(area: Area, parent: Parent, type: string, text: string, x: number, width: number): void {
	const { pdf } = area;
	pdf.font(FONT.regular).fontSize(BODY).fillColor(TEXT);
	// Keep at least two lines together at the foot of a page; the rest may flow on.
	const height = pdf.heightOfString(text, { width, lineGap: LINE_GAP });
	ensureSpace(area, Math.min(height, 2 * pdf.currentLineHeight(true) + LINE_GAP));
	tagged(pdf, parent, type, () => pdf.text(text, x, pdf.y, { width, lineGap: LINE_GAP }));
	pdf.x = area.left;
}

function drawSection(area: Area, parent: Parent, section: Section, next: Section | undefined): void {
	const { pdf } = area;
	switch (section.kind) {
		case 'heading': {
			const text = toWinAnsi(section.text);
			pdf.font(FONT.bold).fontSize(14);
			const height = pdf.heightOfString(text, { width: area.width });
			// A heading never ends a page: it stays with the start of what follows.
			pdf.y += 8;
			ensureSpace(area, height + 4 + leadHeight(area, next));
			tagged(pdf, parent, 'H2', () => pdf.fillColor(TEXT).text(text, area.left, pdf.y, { width: area.width }));
			pdf.y += 4;
			return;
		}
		case 'paragraph':
			bodyText(area, parent, 'P', toWinAnsi(section.text), area.left, area.width);
			pdf.y += 6;
			return;
		case 'bullets': {
			const list = container(pdf, parent, 'L');
			for (const item of section.items) {
				const text = toWinAnsi(item);
				pdf.font(FONT.regular).fontSize(BODY);
				ensureSpace(area, pdf.currentLineHeight(true));
				const y = pdf.y;
				const entry = container(pdf, list, 'LI');
				tagged(pdf, entry, 'Lbl', () => pdf.fillColor(TEXT).text('•', area.left + 4, y, { lineBreak: false }));
				pdf.y = y;
				bodyText(area, entry, 'LBody', text, area.left + 16, area.width - 16);
				entry.end();
				pdf.y += 2;
			}
			list.end();
			pdf.y += 6;
			return;
		}
		case 'chart':
			drawChart(area, parent, section.svg, toWinAnsi(section.caption), toWinAnsi(section.alt));
			return;
		case 'table':
			drawTable(area, parent, {
				caption: toWinAnsi(section.caption),
				head: section.head.map(toWinAnsi),
				rows: section.rows.map((r) => r.map(toWinAnsi))
			});
			pdf.y += 12;
			return;
	}
}

/** The part of a section that must stay with the heading above it. */
function leadHeight(area: Area, section: Section | undefined): number {
	if (section?.kind === 'chart') {
		const box = chartBox(area, section.svg, toWinAnsi(section.caption));
		return box.height + box.captionHeight;
	}
	// Table: caption, header and a row; text: two lines.
	return section?.kind === 'table' ? 60 : 30;
}

function addFooters(pdf: PDFKit.PDFDocument, footer: string): void {
	const range = pdf.bufferedPageRange();
	const width = pdf.page.width - MARGIN.left - MARGIN.right;
	for (let i = range.start; i < range.start + range.count; i++) {
		pdf.switchToPage(i);
		// Writing below the bottom margin would make pdfkit start a new page: lift it while we write.
		const bottom = pdf.page.margins.bottom;
		pdf.page.margins.bottom = 0;
		const y = pdf.page.height - MARGIN.bottom + 22;
		const pageNumber = `${i - range.start + 1} / ${range.count}`;
		pdf.font(FONT.regular).fontSize(8).fillColor(MUTED);
		const numberWidth = pdf.widthOfString(pageNumber);
		// Page furniture: on every page, so a screen reader leaves it out.
		artifact(
			pdf,
			() => {
				pdf.text(footer, MARGIN.left, y, {
					width: width - numberWidth - 16,
					height: 10,
					ellipsis: true,
					lineBreak: false
				});
				pdf.text(pageNumber, MARGIN.left + width - numberWidth, y, { lineBreak: false });
			},
			'Pagination'
		);
		pdf.page.margins.bottom = bottom;
	}
}

/**
 * The standard fonts only know WinAnsi (cp1252). Typographic characters outside it get their
 * plain equivalent; anything else becomes "?" rather than a wrong glyph, so the gap is visible.
 */
const REPLACEMENTS: Record<string, string> = {
	'≥': '>=',
	'≤': '<=',
	'−': '-',
	ĳ: 'ij',
	Ĳ: 'IJ',
	'→': '->',
	'\u202f': ' '
};
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function toWinAnsi(text: string): string {
	let out = '';
	for (const ch of text.normalize('NFC')) {
		const code = ch.codePointAt(0) ?? 0;
		if (code === 10 || (code >= 32 && code <= 126) || (code >= 160 && code <= 255) || WIN_ANSI_EXTRA.has(ch)) out += ch;
		else out += REPLACEMENTS[ch] ?? '?';
	}
	return out;
}
