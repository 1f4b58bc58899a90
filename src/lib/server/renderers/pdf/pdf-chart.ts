/** Charts in the report PDF: the server-rendered SVG drawn as vector graphics and text, tagged as a figure. */
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT, ensureSpace, type Area } from './pdf-table.ts';
import { tagged, type Parent } from './tags.ts';

const MUTED = '#555555';

function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
	const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
	if (!(width > 0 && height > 0)) throw new Error('renderReportPdf: a chart SVG needs width and height on its root');
	return { width, height };
}

export function chartBox(
	area: Area,
	svg: string,
	caption: string
): { width: number; height: number; captionHeight: number } {
	const size = svgSize(svg);
	area.pdf.font(FONT.italic).fontSize(9);
	const captionHeight = area.pdf.heightOfString(caption, { width: area.width }) + 6;
	// Full text width, unless the chart would be taller than a page: then it shrinks to fit.
	const height = Math.min((area.width * size.height) / size.width, area.bottom - area.top - captionHeight);
	return { width: (height * size.width) / size.height, height, captionHeight };
}

/** A chart as a figure: the drawing, read out as `alt` (its texts are not read one by one), and its caption. */
export function drawChart(area: Area, parent: Parent, svg: string, caption: string, alt: string): void {
	const { pdf } = area;
	const { width, height, captionHeight } = chartBox(area, svg, caption);
	ensureSpace(area, height + captionHeight);
	const x = area.left + (area.width - width) / 2;
	const y = pdf.y;
	const warnings: string[] = [];
	tagged(
		pdf,
		parent,
		'Figure',
		() =>
			SVGtoPDF(pdf, svg, x, y, {
				width,
				height,
				assumePt: true,
				preserveAspectRatio: 'xMidYMid meet',
				warningCallback: (w) => warnings.push(w)
			}),
		{ alt }
	);
	// Our charts draw without warnings; one means part of a chart is missing from the print.
	if (warnings.length > 0) throw new Error(`renderReportPdf: chart could not be drawn: ${warnings.join('; ')}`);
	pdf.y = y + height + 4;
	tagged(pdf, parent, 'Caption', () =>
		pdf.font(FONT.italic).fontSize(9).fillColor(MUTED).text(caption, area.left, pdf.y, { width: area.width })
	);
	pdf.x = area.left;
	pdf.y += 12;
}
