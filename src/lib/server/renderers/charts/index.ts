export { distributionChart, type DistributionOptions, type DistributionRow } from './distribution-chart.ts';
export { radarChart, type RadarAxis, type RadarOptions, type RadarSeries } from './radar-chart.ts';
export { heatmapChart, formatMedian, type HeatmapOptions } from './heatmap-chart.ts';
export type { ChartSvg } from './render.ts';
