/**
 * Median per aspect per layer as a radar ("spider") chart.
 *
 * Hidden values (null: a layer below the threshold, or no rated answers) are left out, not drawn at
 * zero. ECharts' own radar series puts a missing value at the centre — indistinguishable from a very
 * low score — so the radar component draws only the web and the aspect names, and each layer is a
 * line series on a polar coordinate system laid exactly over it (same centre, radius, start angle and
 * direction). A null vertex gets no symbol, and the line breaks on both sides of it
 * (`connectNulls: false`); the outline is not filled, because a filled shape with a gap would suggest
 * an area that was never measured.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { FONT_FAMILY, GRID_COLOR, LINE_DASHES, MUTED_TEXT_COLOR, OKABE_ITO, SYMBOLS, TEXT_COLOR } from './palette.ts';
import {
	FONT_SIZE,
	LEGEND_LINE_HEIGHT,
	chartTitle,
	legendLayout,
	longestWord,
	renderChart,
	wrapLabel,
	type ChartSvg
} from './render.ts';

export type RadarAxis = { name: string };
export type RadarSeries = { name: string; values: (number | null)[] };
export type RadarOptions = { max: number; title: string; width?: number };

const NAME_WIDTH = 120;
const NAME_LINE_HEIGHT = 15;
const MIN_RADIUS = 56;

export function radarChart(axes: RadarAxis[], series: RadarSeries[], options: RadarOptions): ChartSvg {
	if (axes.length < 3) throw new Error(`radarChart: at least 3 axes expected, got ${axes.length}`);
	for (const s of series) {
		if (s.values.length !== axes.length)
			throw new Error(`radarChart: series "${s.name}" has ${s.values.length} values for ${axes.length} axes`);
	}
	const width = options.width ?? 560;
	const names = series.map((s) => s.name);
	const title = chartTitle(options.title, width);
	const legendTop = title.bottom + 11;
	const legend = legendLayout(series.length > 0 ? names : [], width - 32, { iconWidth: 30, iconHeight: 12, gap: 20 });
	// Aspect names wrap at a quarter of the width (at most NAME_WIDTH), wider for a long word while
	// the web keeps its smallest radius: narrow charts (phones) keep their names inside the picture,
	// and a word is split (with a hyphen) only when it cannot fit even then.
	const quarter = Math.min(NAME_WIDTH, Math.max(70, Math.round(width * 0.25)));
	const widest = Math.min(Math.round(width / 3), Math.round(width / 2 - MIN_RADIUS - 16));
	const nameWidth = Math.max(quarter, Math.min(widest, longestWord(axes.map((a) => a.name))));
	const wrapped = axes.map((a) => wrapLabel(a.name, nameWidth));
	const nameLines = Math.max(...wrapped.map((w) => w.split('\n').length));
	// Room around the web for the wrapped aspect names, left/right and above/below.
	const sidePadding = nameWidth + 16;
	const verticalPadding = nameLines * NAME_LINE_HEIGHT + 16;
	const radius = Math.max(MIN_RADIUS, Math.round(width / 2 - sidePadding));
	const top = legendTop + legend.height + 8 + verticalPadding;
	const center: [number, number] = [Math.round(width / 2), top + radius];
	const height = center[1] + radius + verticalPadding;
	const count = axes.length;

	const lines: LineSeriesOption[] = series.map((s, i) => {
		const color = OKABE_ITO[i % OKABE_ITO.length]!;
		const points = s.values.map((value, axis) => [value ?? null, axis]);
		// Close the outline back to the first aspect at angle `count` (= 360°), without a second symbol.
		const closing = { value: [s.values[0] ?? null, count], symbol: 'none' };
		return {
			type: 'line',
			coordinateSystem: 'polar',
			name: s.name,
			connectNulls: false,
			symbol: SYMBOLS[i % SYMBOLS.length]!,
			symbolSize: 8,
			itemStyle: { color },
			lineStyle: { color, width: 2, type: LINE_DASHES[i % LINE_DASHES.length]! },
			data: [...points, closing]
		};
	});

	const option: EChartsOption = {
		title: title.option,
		legend: {
			show: series.length > 0,
			top: legendTop,
			left: 16,
			right: 16,
			itemWidth: 30,
			itemHeight: 12,
			itemGap: 20,
			textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOR, lineHeight: LEGEND_LINE_HEIGHT },
			formatter: legend.formatter,
			data: names
		},
		radar: {
			center,
			radius,
			startAngle: 90,
			clockwise: true,
			shape: 'polygon',
			splitNumber: options.max,
			indicator: axes.map((a) => ({ name: a.name, min: 0, max: options.max })),
			axisName: {
				color: TEXT_COLOR,
				fontFamily: FONT_FAMILY,
				fontSize: FONT_SIZE,
				lineHeight: NAME_LINE_HEIGHT,
				formatter: (name?: string) =>
					wrapped[axes.findIndex((a) => a.name === name)] ?? wrapLabel(name ?? '', nameWidth)
			},
			axisNameGap: 10,
			axisLine: { lineStyle: { color: GRID_COLOR } },
			splitLine: { lineStyle: { color: GRID_COLOR } },
			splitArea: { show: false }
		},
		polar: { center, radius },
		angleAxis: {
			type: 'value',
			min: 0,
			max: count,
			startAngle: 90,
			clockwise: true,
			show: false
		},
		radiusAxis: {
			type: 'value',
			min: 0,
			max: options.max,
			// Every level up to 6; above that every other one, so the numbers do not crowd the first axis.
			interval: options.max > 6 ? 2 : 1,
			axisLine: { show: false },
			axisTick: { show: false },
			splitLine: { show: false },
			axisLabel: {
				color: MUTED_TEXT_COLOR,
				fontFamily: FONT_FAMILY,
				fontSize: FONT_SIZE,
				margin: 10,
				formatter: (v: number) => (v === 0 ? '' : String(v))
			}
		},
		series: lines
	};
	return renderChart(option, { width, height }, options.title);
}
