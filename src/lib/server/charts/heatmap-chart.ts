/**
 * A board's schools (and roll-ups) against the aspects: each cell is a median, coloured on the
 * sequential level ramp and printed as a number, so nobody has to read a value from a colour.
 *
 * A hidden cell (null: a school below the threshold) is a separate series in light grey with
 * hatching and no number. It is outside the visual map on purpose: it must never pick up the colour
 * of a level, not even the lowest.
 */
import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import {
	EMPTY_CELL_COLOR,
	EMPTY_CELL_HATCH,
	FONT_FAMILY,
	MUTED_TEXT_COLOR,
	TEXT_COLOR,
	hatch,
	rampColor,
	textColorOn
} from './palette.ts';
import {
	FONT_SIZE,
	WRAP_SLACK,
	echartsWidth,
	estimateLines,
	estimateWidth,
	renderChart,
	titleOption,
	type ChartSvg
} from './render.ts';

export type HeatmapOptions = {
	min: 1;
	max: number;
	title: string;
	/** Legend text for hidden cells, e.g. "niet getoond (minder dan 5 antwoorden)". */
	emptyLabel: string;
	width?: number;
	locale?: 'nl' | 'en';
};

const ROW_HEIGHT = 28;
const LINE_HEIGHT = 14;
const TITLE_SPACE = 44;
const LEGEND_SPACE = 64;
/** Longest upright column header (px) before it is cut with an ellipsis. */
const UPRIGHT_HEADER = 170;
/** Enough stops that ECharts' linear interpolation follows our ramp closely. */
const MAP_STOPS = 9;

export function formatMedian(value: number, locale: 'nl' | 'en' = 'en'): string {
	const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
	return locale === 'nl' ? text.replace('.', ',') : text;
}

export function heatmapChart(
	rows: string[],
	columns: string[],
	cells: (number | null)[][],
	options: HeatmapOptions
): ChartSvg {
	if (cells.length !== rows.length || cells.some((row) => row.length !== columns.length)) {
		throw new Error(`heatmapChart: cells must be ${rows.length} rows × ${columns.length} columns`);
	}
	const width = options.width ?? 720;
	const span = Math.max(1, options.max - options.min);
	const colorOf = (value: number) => rampColor((value - options.min) / span);

	// Row labels get at most a third of the width; columns share the rest.
	const longestRow = Math.max(0, ...rows.map((r) => estimateWidth(r)));
	const labelWidth = Math.min(Math.round(width / 3), Math.ceil(longestRow) + 4);
	const gridLeft = labelWidth + 20;
	const gridRight = 16;
	const columnWidth = (width - gridLeft - gridRight) / Math.max(1, columns.length);
	// Where ECharts breaks lines: a little short of the space, because browsers' fonts run wider.
	const columnWrap = Math.floor((columnWidth - 6) * WRAP_SLACK);
	const rowWrap = longestRow + 4 <= width / 3 ? labelWidth : Math.floor(labelWidth * WRAP_SLACK);
	// Narrow columns (many aspects) get upright headers: breaking words letter by letter is unreadable.
	const longestWord = Math.max(0, ...columns.flatMap((c) => c.split(/\s+/).map((w) => echartsWidth(w))));
	const headerLines = Math.max(1, ...columns.map((c) => estimateLines(c, columnWidth - 6)));
	const upright = columnWidth < 60 || longestWord > columnWrap || headerLines > 4;
	const headerHeight = upright
		? Math.min(UPRIGHT_HEADER, Math.max(0, ...columns.map((c) => estimateWidth(c))))
		: headerLines * LINE_HEIGHT;
	// A very long school name is cut after two lines (with an ellipsis) rather than stretching every
	// row; the data table beside the chart has the full name.
	const rowLines = Math.min(2, Math.max(1, ...rows.map((r) => estimateLines(r, rowWrap))));
	const rowHeight = Math.max(ROW_HEIGHT, rowLines * LINE_HEIGHT + 8);
	const gridTop = TITLE_SPACE + headerHeight + 14;
	const gridHeight = Math.max(1, rows.length) * rowHeight;
	// The "too few answers" key goes after the colour scale, or on a row of its own below it when the
	// chart is too narrow (phones).
	const keyBeside = 16 + 230 + 25 + 5 + estimateWidth(options.emptyLabel) / WRAP_SLACK <= width;
	const keyRow = keyBeside ? 0 : 28;
	const height = gridTop + gridHeight + LEGEND_SPACE + keyRow;

	const shown: HeatmapSeriesOption['data'] = [];
	const hidden: HeatmapSeriesOption['data'] = [];
	cells.forEach((row, y) =>
		row.forEach((value, x) => {
			if (value === null || !Number.isFinite(value)) hidden.push([x, y, 0]);
			else shown.push({ value: [x, y, value], label: { color: textColorOn(colorOf(value)) } });
		})
	);

	const option: EChartsOption = {
		title: titleOption(options.title),
		grid: { left: gridLeft, right: gridRight, top: gridTop, height: gridHeight },
		xAxis: {
			type: 'category',
			position: 'top',
			data: columns,
			splitArea: { show: false },
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: {
				interval: 0,
				...(upright
					? { rotate: 90, width: Math.floor(UPRIGHT_HEADER * WRAP_SLACK), overflow: 'truncate' as const }
					: { width: columnWrap, overflow: 'break' as const }),
				lineHeight: LINE_HEIGHT,
				color: TEXT_COLOR,
				fontFamily: FONT_FAMILY,
				fontSize: FONT_SIZE
			}
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows,
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: {
				interval: 0,
				width: rowWrap,
				overflow: 'break',
				height: rowLines * LINE_HEIGHT,
				lineOverflow: 'truncate',
				lineHeight: LINE_HEIGHT,
				color: TEXT_COLOR,
				fontFamily: FONT_FAMILY,
				fontSize: FONT_SIZE
			}
		},
		// Left-aligned after the colour scale: right-aligned text can run off the edge where the
		// viewer's font is wider than ECharts' estimate.
		legend: {
			bottom: 8,
			left: keyBeside ? 16 + 230 : 16,
			data: [options.emptyLabel],
			itemWidth: 25,
			itemHeight: 14,
			textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR }
		},
		visualMap: [
			{
				type: 'continuous',
				seriesIndex: 0,
				min: options.min,
				max: options.max,
				orient: 'horizontal',
				left: 16,
				bottom: 8 + keyRow,
				itemHeight: 160,
				itemWidth: 14,
				calculable: false,
				// Numbers only: the ends of the scale, formatted like the cells.
				text: [formatMedian(options.max, options.locale), formatMedian(options.min, options.locale)],
				textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: MUTED_TEXT_COLOR },
				inRange: { color: Array.from({ length: MAP_STOPS }, (_, i) => rampColor(i / (MAP_STOPS - 1))) }
			},
			// ECharts wants a visual map for every heatmap series; this one pins hidden cells to grey.
			{
				type: 'continuous',
				show: false,
				seriesIndex: 1,
				min: 0,
				max: 1,
				inRange: { color: [EMPTY_CELL_COLOR, EMPTY_CELL_COLOR] }
			}
		],
		series: [
			{
				type: 'heatmap',
				name: options.title,
				data: shown,
				itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
				label: {
					show: true,
					fontFamily: FONT_FAMILY,
					fontSize: FONT_SIZE,
					formatter: (params) =>
						Array.isArray(params.value) && typeof params.value[2] === 'number'
							? formatMedian(params.value[2], options.locale)
							: ''
				}
			},
			{
				type: 'heatmap',
				name: options.emptyLabel,
				data: hidden,
				itemStyle: { color: EMPTY_CELL_COLOR, borderColor: '#ffffff', borderWidth: 2, decal: hatch(EMPTY_CELL_HATCH) },
				label: { show: false }
			}
		]
	};
	return renderChart(option, { width, height }, options.title);
}
