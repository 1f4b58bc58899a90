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

const TITLE_TOP = 10;
const TITLE_LINE_HEIGHT = 19;
/** Bold text runs about a tenth wider than `estimateWidth`'s regular letters. */
const BOLD = 1.1;

/**
 * The chart's title, broken at spaces to fit `width` (ECharts cuts a title that is too long: on a
 * phone "Verdeling van de antwoorden per" lost its last word), and the height it takes, so the
 * chart can start below it.
 */
export function chartTitle(text: string, width: number): { option: EChartsOption['title']; bottom: number } {
	const lines = wrapLabel(text, (width - 32) / BOLD, TITLE_FONT_SIZE).split('\n');
	return {
		option: {
			text: lines.join('\n'),
			left: 16,
			top: TITLE_TOP,
			textStyle: {
				fontFamily: FONT_FAMILY,
				fontSize: TITLE_FONT_SIZE,
				fontWeight: 'bold',
				color: TEXT_COLOR,
				lineHeight: TITLE_LINE_HEIGHT
			}
		},
		bottom: TITLE_TOP + lines.length * TITLE_LINE_HEIGHT
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

/**
 * `text` broken into lines of at most `width` px (estimated), joined with "\n", for labels that
 * ECharts would otherwise break inside a word ("Samenwerke n"). Lines break at spaces; a word wider
 * than a line on its own is split after a hyphen it has, or else with a hyphen added at the end of
 * the line, so it still reads as one word.
 */
export function wrapLabel(text: string, width: number, fontSize = FONT_SIZE): string {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		hyphenate(word, width, fontSize).forEach((piece, i) => {
			const last = lines.at(-1);
			// The pieces of one split word each start a line: only the first may follow other words.
			if (i === 0 && last !== undefined && estimateWidth(`${last} ${piece}`, fontSize) <= width)
				lines[lines.length - 1] = `${last} ${piece}`;
			else lines.push(piece);
		});
	}
	return lines.join('\n');
}

/** `word` in pieces that each fit `width`; every piece but the last ends with a hyphen. */
function hyphenate(word: string, width: number, fontSize: number): string[] {
	if (estimateWidth(word, fontSize) <= width) return [word];
	const letters = [...word];
	const head = (i: number) => {
		const text = letters.slice(0, i).join('');
		return text.endsWith('-') ? text : `${text}-`;
	};
	const fits = (i: number) => estimateWidth(head(i), fontSize) <= width;
	// Cut after a hyphen the word has if one fits; else between syllables as Dutch roughly splits
	// them (before a consonant that starts a syllable: "georgani-seerd", "samenwer-ken"); else after
	// any letter, leaving two at least on each side.
	const own = letters.flatMap((ch, i) => (ch === '-' && i > 0 && i < letters.length - 1 ? [i + 1] : [])).filter(fits);
	const any = letters.map((_, i) => i).filter((i) => i >= 2 && i <= letters.length - 2);
	const vowel = (i: number) => /[aeiouyáéíóúàèëïöüâêîôû]/i.test(letters[i] ?? '');
	const syllable = any.filter((i) => !vowel(i) && vowel(i + 1) && (vowel(i - 1) || (!vowel(i - 1) && vowel(i - 2))));
	// Nothing fits (a very narrow space): cut as early as allowed rather than not at all.
	const cut = own.at(-1) ?? syllable.filter(fits).at(-1) ?? any.filter(fits).at(-1) ?? any[0];
	if (cut === undefined) return [word];
	return [head(cut), ...hyphenate(letters.slice(cut).join(''), width, fontSize)];
}

/** The widest single word of `texts`, estimated: the least a label column needs to keep words whole. */
export function longestWord(texts: string[], fontSize = FONT_SIZE): number {
	return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/).map((w) => estimateWidth(w, fontSize))));
}

/** How many lines `text` needs when ECharts breaks it to fit `width` px (long words break too). */
export function estimateLines(text: string, width: number, fontSize = FONT_SIZE): number {
	return wrapText(text, width, fontSize)
		.split('\n')
		.reduce((sum, line) => sum + Math.max(1, Math.ceil(estimateWidth(line, fontSize) / width)), 0);
}

export const LEGEND_LINE_HEIGHT = 15;

/**
 * A horizontal legend laid out before ECharts draws it: names too wide for one row of the chart are
 * broken over lines (a phone's 310 px cut "2. Doelgericht, oriënterend, beperkte samenwerking" off),
 * each line padded for the browser's wider font, and the height the legend takes, mirroring ECharts'
 * box layout (icon, 5 px, text, gap; a row is as high as its highest entry).
 */
export function legendLayout(
	names: string[],
	width: number,
	item: { iconWidth: number; iconHeight: number; gap: number }
): { names: string[]; formatter: (name: string) => string; height: number } {
	const textWidth = (width - item.iconWidth - 5) * WRAP_SLACK;
	const shown = new Map(
		names.map((name) => [name, wrapLabel(name, textWidth).split('\n').map(padLegendName).join('\n')])
	);
	let height = 0;
	let row = 0;
	let x = 0;
	for (const name of names) {
		const lines = (shown.get(name) ?? name).split('\n');
		const w = item.iconWidth + 5 + Math.max(...lines.map((l) => estimateWidth(l.trimEnd()))) * 1.05;
		const h = Math.max(item.iconHeight, lines.length * LEGEND_LINE_HEIGHT);
		if (x > 0 && x + w > width) {
			height += row + item.gap;
			row = 0;
			x = 0;
		}
		row = Math.max(row, h);
		x += w + item.gap;
	}
	return { names, formatter: (name) => shown.get(name) ?? name, height: names.length > 0 ? height + row : 0 };
}
