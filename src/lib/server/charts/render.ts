/**
 * Shared by the chart modules: render an ECharts option to an SVG string on the server and make the
 * SVG announce itself to assistive technology. ECharts' own `aria` option is left off on purpose: its
 * generated description is English prose ("This is a chart about…"), and every visible or spoken
 * word must come from the caller's translated labels.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, TEXT_COLOR } from './palette.ts';

export type ChartSvg = { svg: string; title: string };

export const FONT_SIZE = 12;
export const TITLE_FONT_SIZE = 15;

/** Defaults every chart shares: no animation (one static frame), the house font, white paper. */
export const BASE_OPTION = {
	animation: false,
	backgroundColor: '#ffffff',
	textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR }
} satisfies EChartsOption;

export function titleOption(text: string): EChartsOption['title'] {
	return {
		text,
		left: 16,
		top: 10,
		textStyle: { fontFamily: FONT_FAMILY, fontSize: TITLE_FONT_SIZE, fontWeight: 'bold', color: TEXT_COLOR }
	};
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export function renderChart(option: EChartsOption, size: { width: number; height: number }, title: string): ChartSvg {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
	try {
		chart.setOption({ ...BASE_OPTION, ...option });
		return { svg: accessible(chart.renderToSVGString(), title), title };
	} finally {
		chart.dispose();
	}
}

/** Adds `role="img"`, `aria-label` and a `<title>` to the root element. */
function accessible(svg: string, title: string): string {
	const open = /^<svg\b[^>]*>/.exec(svg);
	if (!open) throw new Error('ECharts did not return an <svg> document');
	const label = escapeXml(title);
	const root = open[0].replace(/>$/, ` role="img" aria-label="${label}">`);
	return `${root}<title>${label}</title>${svg.slice(open[0].length)}`;
}

/**
 * ECharts lays text out with Arial-like widths (it has no fonts on the server); browsers draw our
 * font stack with DejaVu Sans or a system UI font, up to ~15% wider. Widths handed to ECharts for
 * wrapping are shrunk by this factor so the drawn text still fits the space we reserved.
 */
export const WRAP_SLACK = 0.85;

/**
 * Legend formatter. ECharts places each legend entry right after its own, narrower measure of the
 * text and ignores a fixed text width there; trailing spaces (kept: ECharts writes
 * xml:space="preserve") reserve the extra width a browser's font needs, so entries never overlap.
 */
export function padLegendName(name: string): string {
	const missing = estimateWidth(name) * (1 - WRAP_SLACK);
	return name + ' '.repeat(Math.ceil(missing / (FONT_SIZE * 0.28)));
}

/** Text width as ECharts itself measures it on the server — the measure it wraps and places by. */
export function echartsWidth(text: string, fontSize = FONT_SIZE): number {
	return echarts.format.getTextRect(text, `${fontSize}px sans-serif`).width;
}

/**
 * A rough text width in px for layout decisions made before ECharts runs (legend rows, label
 * lines). It errs wide — Helvetica/DejaVu average ~0.55em; accented letters count full — so the
 * reserved space is rather too big than too small.
 */
export function estimateWidth(text: string, fontSize = FONT_SIZE): number {
	let width = 0;
	for (const ch of text)
		width += /[A-Z]|[mwMW]/.test(ch) ? fontSize * 0.72 : /[a-z0-9 ]/.test(ch) ? fontSize * 0.56 : fontSize * 0.8;
	return width;
}

/**
 * `text` broken at spaces into lines of at most `width` px (estimated), joined with "\n". For places
 * where ECharts does not wrap by itself (radar axis names); a word wider than the line stays whole.
 */
export function wrapText(text: string, width: number, fontSize = FONT_SIZE): string {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && estimateWidth(`${last} ${word}`, fontSize) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.join('\n');
}

/** How many lines `text` needs when ECharts breaks it to fit `width` px (long words break too). */
export function estimateLines(text: string, width: number, fontSize = FONT_SIZE): number {
	return wrapText(text, width, fontSize)
		.split('\n')
		.reduce((sum, line) => sum + Math.max(1, Math.ceil(estimateWidth(line, fontSize) / width)), 0);
}

/** Rows a horizontal legend wraps into, mirroring ECharts' box layout (icon, 5px, text, gap). */
export function estimateLegendRows(names: string[], width: number, item = { iconWidth: 25, gap: 10 }): number {
	let rows = 1;
	let x = 0;
	for (const name of names) {
		const w = item.iconWidth + 5 + estimateWidth(name) * 1.05;
		if (x > 0 && x + w > width) {
			rows += 1;
			x = 0;
		}
		x += w + item.gap;
	}
	return rows;
}

/** Height of a wrapped legend: ECharts stacks rows of ~14px text with the item gap between them. */
export function legendHeight(rows: number, gap: number): number {
	return rows > 0 ? rows * 14 + (rows - 1) * gap : 0;
}
