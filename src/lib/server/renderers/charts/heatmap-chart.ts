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
	chartTitle,
	echartsWidth,
	estimateLines,
	estimateWidth,
	longestWord,
	renderChart,
	wrapLabel,
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
/** Below the title, before the column headers. */
const TITLE_GAP = 15;
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

	// Row labels get at most a third of the width (up to 40% for a long word, which is split only
	// when it cannot fit even then); columns share the rest.
	const longestRow = Math.max(0, ...rows.map((r) => estimateWidth(r)));
	const labelWidth = Math.ceil(
		Math.max(Math.min(width / 3, longestRow + 4), Math.min(width * 0.4, longestWord(rows) + 4))
	);
	const gridLeft = labelWidth + 20;
	const gridRight = 16;
	const columnWidth = (width - gridLeft - gridRight) / Math.max(1, columns.length);
	// Where ECharts breaks lines: a little short of the space, because browsers' fonts run wider.
	const columnWrap = Math.floor((columnWidth - 6) * WRAP_SLACK);
	const rowWrap = labelWidth - 4;
	// Narrow columns (many aspects) get upright headers: breaking words letter by letter is unreadable.
	const longestHeaderWord = Math.max(0, ...columns.flatMap((c) => c.split(/\s+/).map((w) => echartsWidth(w))));
	const headerLines = Math.max(1, ...columns.map((c) => estimateLines(c, columnWidth - 6)));
	const upright = columnWidth < 60 || longestHeaderWord > columnWrap || headerLines > 4;
	const headerHeight = upright
		? Math.min(UPRIGHT_HEADER, Math.max(0, ...columns.map((c) => estimateWidth(c))))
		: headerLines * LINE_HEIGHT;
	// Names break at spaces; a very long school name is cut after two lines (with an ellipsis) rather
	// than stretching every row; the data table beside the chart has the full name.
	const rowLabels = rows.map((r) => {
		const lines = wrapLabel(r, rowWrap).split('\n');
		return lines.length <= 2 ? lines.join('\n') : `${lines[0]}\n${lines[1]!.replace(/-$/, '')}…`;
	});
	const rowLines = Math.max(1, ...rowLabels.map((r) => r.split('\n').length));
	const rowHeight = Math.max(ROW_HEIGHT, rowLines * LINE_HEIGHT + 8);
	const title = chartTitle(options.title, width);
	const gridTop = title.bottom + TITLE_GAP + headerHeight + 14;
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
		title: title.option,
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
				// Already broken (and cut) by `rowLabels`; ECharts must not break again.
				overflow: 'none',
				formatter: (_value: string, index: number) => rowLabels[index] ?? '',
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
