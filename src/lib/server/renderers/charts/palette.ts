/**
 * Colours for the report charts.
 *
 * Why these are safe:
 * - Ordered levels use ColorBrewer's "YlGnBu" ramp. Its lightness falls steadily from pale
 *   yellow-green to dark navy, so neighbouring levels differ in lightness (not only in hue): they
 *   stay apart for deuteranopia, protanopia and tritanopia and print as an ordered grey ramp.
 *   We start a little into the ramp so level 1 still stands out on white paper, and end at its
 *   darkest colour so the highest level reads as "most".
 * - "Weet ik niet" and hidden heatmap cells are neutral greys outside the ramp's hue, and carry a
 *   hatch pattern: a grey alone could match some level's lightness in greyscale print.
 * - Categories (layers) use the Okabe–Ito palette (Okabe & Ito 2008), designed to be told apart
 *   with every common colour-vision deficiency. Lines also get their own dash and symbol, so
 *   series stay apart in greyscale too.
 */

/** ColorBrewer YlGnBu, 9 classes (Cynthia Brewer, colorbrewer2.org), lightest first. */
export const LEVEL_RAMP = [
	'#ffffd9',
	'#edf8b1',
	'#c7e9b4',
	'#7fcdbb',
	'#41b6c4',
	'#1d91c0',
	'#225ea8',
	'#253494',
	'#081d58'
] as const;

/** Where on the ramp level 1 starts: the first two stops are too close to white paper. */
const RAMP_START = 0.15;

/** Okabe–Ito, reordered so the first colours have the most contrast on white; yellow goes last. */
export const OKABE_ITO = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#D55E00',
	'#CC79A7',
	'#56B4E9',
	'#000000',
	'#F0E442'
] as const;

/** A second channel beside colour for line series (greyscale print, overlapping lines). */
export const LINE_DASHES = ['solid', 'dashed', 'dotted'] as const;
export const SYMBOLS = [
	'circle',
	'rect',
	'triangle',
	'diamond',
	'emptyCircle',
	'emptyRect',
	'emptyTriangle',
	'emptyDiamond'
] as const;

// Light with dark hatching and an outline, not a solid mid grey: under deuteranopia the ramp's
// green-teal levels turn mid grey themselves (checked with the Machado 2009 simulation).
export const DONT_KNOW_COLOR = '#eeeeee';
export const DONT_KNOW_HATCH = '#6b6b6b';
export const DONT_KNOW_BORDER = '#8c8c8c';
export const EMPTY_CELL_COLOR = '#f4f4f4';
export const EMPTY_CELL_HATCH = '#bdbdbd';

export const TEXT_COLOR = '#1f1f1f';
export const MUTED_TEXT_COLOR = '#555555';
export const GRID_COLOR = '#c4c4c4';
export const FONT_FAMILY = "system-ui, 'DejaVu Sans', sans-serif";

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The ramp colour at `t` (0 = level 1's colour, 1 = the darkest), interpolated between stops. */
export function rampColor(t: number): string {
	const clamped = Math.min(1, Math.max(0, t));
	const position = (RAMP_START + clamped * (1 - RAMP_START)) * (LEVEL_RAMP.length - 1);
	const i = Math.min(LEVEL_RAMP.length - 2, Math.floor(position));
	const a = parseHex(LEVEL_RAMP[i]!);
	const b = parseHex(LEVEL_RAMP[i + 1]!);
	const f = position - i;
	return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** One colour per level 1..count (count ≤ 10), evenly spread over the ramp. */
export function levelPalette(count: number): string[] {
	if (count < 1) return [];
	if (count === 1) return [rampColor(1)];
	return Array.from({ length: count }, (_, i) => rampColor(i / (count - 1)));
}

function luminance(hex: string): number {
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const [r, g, b] = parseHex(hex);
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Dark or white text, whichever has the higher WCAG contrast on `background`. */
export function textColorOn(background: string): string {
	const l = luminance(background);
	const onDark = 1.05 / (l + 0.05);
	const onLight = (l + 0.05) / (luminance(TEXT_COLOR) + 0.05);
	return onLight >= onDark ? TEXT_COLOR : '#ffffff';
}

/** Diagonal hatching for ECharts `itemStyle.decal`: marks "no level" independent of colour. */
export function hatch(color: string) {
	return { symbol: 'rect', symbolSize: 1, color, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 };
}
