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
	LEGEND_LINE_HEIGHT,
	chartTitle,
	estimateWidth,
	legendLayout,
	longestWord,
	renderChart,
	wrapLabel,
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
	// Row labels get 28% of the width, more (up to 40%) when their longest word needs it: labels
	// break at spaces and a word is split only when it cannot fit even then (ECharts' own breaking
	// cut "Samenwerken" into "Samenwerke n" on a phone).
	const labelWidth = Math.round(
		Math.min(width * 0.4, Math.max(width * 0.28, longestWord(rows.map((r) => r.label)) + 4))
	);
	const gridLeft = labelWidth + 24;
	const gridRight = 24;
	const plotWidth = width - gridLeft - gridRight;

	const title = chartTitle(options.title, width);
	const legendTop = title.bottom + 11;
	const legendNames = [...options.levelLabels, options.dontKnowLabel];
	const legend = legendLayout(legendNames, width - 32, { iconWidth: 25, iconHeight: 14, gap: 10 });
	const gridTop = legendTop + legend.height + 18;

	const rowText = (row: DistributionRow) => {
		const label = wrapLabel(row.label, labelWidth);
		return options.formatCount ? `${label}\n${options.formatCount(row.n)}` : label;
	};
	const maxLines = Math.max(1, ...rows.map((row) => rowText(row).split('\n').length));
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
		title: title.option,
		legend: {
			top: legendTop,
			left: 16,
			right: 16,
			itemGap: 10,
			itemWidth: 25,
			itemHeight: 14,
			textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR, lineHeight: LEGEND_LINE_HEIGHT },
			formatter: legend.formatter,
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
				// Already broken by `rowText`; ECharts must not break again.
				overflow: 'none',
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
