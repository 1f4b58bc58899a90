/**
 * How the answers spread over the levels: one horizontal 100%-stacked bar per row (a layer, "all
 * layers", or an aspect), levels 1..N left to right, then "weet ik niet" hatched at the end.
 *
 * The bar is 100% of the row's answers `n`: every segment is the whole percentage the report's tables,
 * PDF and CSV print (`percents` and `dontKnowPercent`, on one base, adding up to 100; ADR 013), so
 * the chart and its data table can never disagree.
 */
import type { EChartsOption } from 'echarts';
import {
	DONT_KNOW_BORDER,
	DONT_KNOW_COLOR,
	DONT_KNOW_HATCH,
	FONT_FAMILY,
	GRID_COLOR,
	MUTED_TEXT_COLOR,
	TEXT_COLOR,
	hatch,
	levelPalette,
	textColorOn
} from './palette.ts';
import {
	FONT_SIZE,
	legendHeight,
	estimateLegendRows,
	estimateLines,
	estimateWidth,
	padLegendName,
	renderChart,
	titleOption,
	WRAP_SLACK,
	type ChartSvg
} from './render.ts';

export type DistributionRow = { label: string; percents: number[]; dontKnowPercent: number; n: number };

export type DistributionOptions = {
	levelLabels: string[];
	dontKnowLabel: string;
	title: string;
	width?: number;
	/** Shown under each row label, e.g. `(n) => m.report_n({ n })`; without it the count is not shown. */
	formatCount?: (n: number) => string;
};

const LEGEND_TOP = 40;
const LINE_HEIGHT = 15;

export function distributionChart(rows: DistributionRow[], options: DistributionOptions): ChartSvg {
	const levels = options.levelLabels.length;
	if (levels < 1 || levels > 10) throw new Error(`distributionChart: 1–10 levels expected, got ${levels}`);
	for (const row of rows) {
		if (row.percents.length !== levels)
			throw new Error(`distributionChart: row "${row.label}" has ${row.percents.length} shares for ${levels} levels`);
	}
	const width = options.width ?? 720;
	const colors = levelPalette(levels);
	const labelWidth = Math.round(width * 0.28);
	const gridLeft = labelWidth + 24;
	const gridRight = 24;
	const plotWidth = width - gridLeft - gridRight;

	const legendNames = [...options.levelLabels, options.dontKnowLabel];
	const legendRows = estimateLegendRows(legendNames, width - 32);
	const gridTop = LEGEND_TOP + legendHeight(legendRows, 10) + 18;

	const rowText = (row: DistributionRow) =>
		options.formatCount ? `${row.label}\n${options.formatCount(row.n)}` : row.label;
	const maxLines = Math.max(
		1,
		...rows.map((row) =>
			rowText(row)
				.split('\n')
				.reduce((sum, part) => sum + estimateLines(part, labelWidth), 0)
		)
	);
	const rowHeight = Math.max(36, maxLines * LINE_HEIGHT + 12);
	const height = gridTop + Math.max(1, rows.length) * rowHeight + 40;

	// A percentage is printed inside a segment only when it fits, so labels never overlap.
	const segment = (percent: number, color: string) => {
		const text = `${Math.round(percent)}%`;
		const fits = (percent / 100) * plotWidth >= estimateWidth(text) + 6;
		return { value: percent, label: { show: fits && percent > 0, color: textColorOn(color) } };
	};

	const levelSeries = options.levelLabels.map((name, i) => ({
		type: 'bar' as const,
		name,
		stack: 'answers',
		barWidth: Math.min(22, rowHeight - 12),
		itemStyle: { color: colors[i]!, borderColor: '#ffffff', borderWidth: 1 },
		label: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, formatter: percentLabel },
		data: rows.map((row) => segment(row.percents[i] ?? 0, colors[i]!))
	}));
	const dontKnowSeries = {
		type: 'bar' as const,
		name: options.dontKnowLabel,
		stack: 'answers',
		barWidth: Math.min(22, rowHeight - 12),
		itemStyle: { color: DONT_KNOW_COLOR, borderColor: DONT_KNOW_BORDER, borderWidth: 1, decal: hatch(DONT_KNOW_HATCH) },
		// A solid backing keeps the percentage readable on top of the hatching.
		label: {
			fontFamily: FONT_FAMILY,
			fontSize: FONT_SIZE,
			formatter: percentLabel,
			backgroundColor: DONT_KNOW_COLOR,
			padding: [1, 2]
		},
		data: rows.map((row) => segment(row.dontKnowPercent, DONT_KNOW_COLOR))
	};

	const option: EChartsOption = {
		title: titleOption(options.title),
		legend: {
			top: LEGEND_TOP,
			left: 16,
			right: 16,
			itemGap: 10,
			itemWidth: 25,
			itemHeight: 14,
			textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR },
			formatter: padLegendName,
			data: legendNames
		},
		grid: { left: gridLeft, right: gridRight, top: gridTop, height: Math.max(1, rows.length) * rowHeight },
		xAxis: {
			type: 'value',
			min: 0,
			max: 100,
			interval: 25,
			axisLabel: { formatter: '{value}%', color: MUTED_TEXT_COLOR, fontFamily: FONT_FAMILY, fontSize: FONT_SIZE },
			splitLine: { lineStyle: { color: GRID_COLOR, type: 'dashed' } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((row) => row.label),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: GRID_COLOR } },
			axisLabel: {
				interval: 0,
				width: Math.floor(labelWidth * WRAP_SLACK),
				overflow: 'break',
				lineHeight: LINE_HEIGHT,
				color: TEXT_COLOR,
				fontFamily: FONT_FAMILY,
				fontSize: FONT_SIZE,
				formatter: (_value: string, index: number) => {
					const row = rows[index];
					return row ? rowText(row) : '';
				}
			}
		},
		series: [...levelSeries, dontKnowSeries]
	};
	return renderChart(option, { width, height }, options.title);
}

function percentLabel(params: { value?: unknown }): string {
	return typeof params.value === 'number' ? `${Math.round(params.value)}%` : '';
}
