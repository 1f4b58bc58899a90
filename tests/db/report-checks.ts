/**
 * The checks of the anonymity property test: every figure of a report — in its page data, its CSV and
 * its PDF text — against what the oracle recomputes from the raw answers by person.
 */
import { expect } from 'vitest';
import type { Oracle, Expected } from './report-oracle.ts';
import type { AvailableRoundReport } from '../../src/lib/server/use-cases/reports/get-round-report.ts';
import { layerLabel } from '../../src/lib/i18n/labels.ts';
import { m } from '../../src/lib/paraglide/messages.js';
import { formatLevel, formatShare } from '../../src/lib/i18n/numbers.ts';
import { percentages } from '../../src/lib/domain/reflection/report/percentages.ts';
import { addHistograms, statsOf, type GroupStats } from '../../src/lib/domain/reflection/report/stats.ts';
import { BENCHMARK_MIN_SCHOOLS } from '../../src/lib/domain/reflection/report/board-view.ts';
import type { Layer } from '../../src/lib/domain/model/format.ts';

type Report = AvailableRoundReport;

/** A shown figure is exactly the pool of the counting cells of its scope, from at least the threshold. */
function same(actual: GroupStats | undefined, expected: Expected, threshold: number, where: string): void {
	if (expected.cells === 0) {
		// Nothing may be shown: either no entry at all, or an empty one.
		if (actual) expect(actual, where).toMatchObject({ n: 0, rated: 0, people: 0, median: null });
		return;
	}
	expect(actual, where).toBeDefined();
	expect(actual!.distribution, where).toEqual(expected.histogram.levels);
	expect(actual!.n, where).toBe(expected.n);
	expect(expected.raters, where).toBeGreaterThanOrEqual(threshold);
	// What the figure says about its people is true (never more than really rated) and enough.
	expect(actual!.people, where).toBeGreaterThanOrEqual(threshold);
	expect(actual!.people, where).toBeLessThanOrEqual(expected.raters);
	// One base: every level and "weet ik niet" of all answers, whole percentages adding up to 100.
	const row = [...actual!.percents, actual!.dontKnowPercent];
	expect(row, where).toEqual(percentages([...expected.histogram.levels, expected.histogram.dontKnow]));
	expect(
		row.reduce((a, b) => a + b, 0),
		where
	).toBe(100);
}

/** Every GroupStats anywhere in the report: shown only with enough people behind it. */
function walk(value: unknown, threshold: number, path: string): void {
	if (!value || typeof value !== 'object') return;
	if ('distribution' in value && 'people' in value && 'n' in value) {
		const s = value as GroupStats;
		if (s.n > 0 || s.median !== null) expect(s.people, path).toBeGreaterThanOrEqual(threshold);
	}
	for (const [key, inner] of Object.entries(value)) walk(inner, threshold, `${path}.${key}`);
}

function checkFigures(data: Report, oracle: Oracle): void {
	const { report } = data;
	const t = oracle.thresholds.scores;
	for (const l of report.layers) {
		const shown = oracle.layerShown(l.layer);
		expect(l).toEqual({
			layer: l.layer,
			shown,
			respondents: shown ? oracle.respondents(l.layer) : 0,
			commentsShown: oracle.respondents(l.layer) >= oracle.thresholds.comments
		});
	}
	for (const a of report.aspects) {
		const keys = oracle.keysOf(a.aspectId);
		same(a.overall, oracle.figure(oracle.layers, keys), t, `${a.aspectId} overall`);
		for (const layer of oracle.layers)
			same(a.byLayer[layer], oracle.figure([layer], keys), t, `${a.aspectId} ${layer}`);
		// The whole is exactly the sum of its shown parts: subtracting one shown figure from another
		// leaves shown parts only.
		const parts = Object.values(a.byLayer).map((s) => ({ levels: s!.distribution, dontKnow: s!.n - s!.rated }));
		expect(addHistograms(report.scale, parts).levels).toEqual(a.overall.distribution);
		for (const ind of a.indicators) {
			same(ind.overall, oracle.figure(oracle.layers, [ind.key]), t, `${ind.key} overall`);
			for (const layer of oracle.layers)
				same(ind.byLayer[layer], oracle.figure([layer], [ind.key]), t, `${ind.key} ${layer}`);
		}
		if (a.indicators.length > 0) {
			const summed = addHistograms(
				report.scale,
				a.indicators.map((i) => ({ levels: i.overall.distribution, dontKnow: i.overall.n - i.overall.rated }))
			);
			expect(summed.levels).toEqual(a.overall.distribution);
		}
		const ambition = oracle.ambition(a.aspectId);
		expect(a.ambition.median, `${a.aspectId} ambition`).toBe(ambition.median);
		expect(a.ambition.people).toBe(ambition.people);
		if (ambition.median !== null) expect(ambition.people).toBeGreaterThanOrEqual(t);
	}
	walk(report, t, 'report');
	expect(report.empty).toBe(
		report.aspects.every((a) => oracle.figure(oracle.layers, oracle.keysOf(a.aspectId)).cells === 0)
	);
}

function checkTrendAndBenchmark(data: Report, trend: Oracle[], sector: Oracle[]): void {
	const aspects = data.report.aspects.map((a) => a.aspectId);
	expect(data.trend).toHaveLength(trend.length);
	data.trend.forEach((point, i) => {
		const o = trend[i]!;
		const shown = o.layers.filter((l) => o.layerShown(l));
		expect(point.respondents).toBe(shown.reduce((sum, l) => sum + o.respondents(l), 0));
		for (const id of aspects) {
			const e = o.schoolFigure(id);
			expect(point.medians[id] ?? null, `trend ${id}`).toBe(e.cells > 0 ? statsOf(e.histogram).median : null);
		}
	});

	const shownSchools = sector.filter((o) => aspects.some((id) => o.schoolFigure(id).cells > 0));
	if (shownSchools.length < BENCHMARK_MIN_SCHOOLS) {
		expect(data.benchmark).toBeNull();
		return;
	}
	const bench = data.benchmark!;
	expect(bench.schools).toBe(shownSchools.length);
	const respondents = (o: Oracle) => o.layers.filter((l) => o.layerShown(l)).reduce((s, l) => s + o.respondents(l), 0);
	expect(bench.respondents).toBe(shownSchools.reduce((sum, o) => sum + respondents(o), 0));
	for (const id of aspects) {
		const parts = shownSchools.map((o) => o.schoolFigure(id)).filter((e) => e.cells > 0);
		if (parts.length < BENCHMARK_MIN_SCHOOLS) {
			expect(bench.cells[id], `benchmark ${id}`).toBeUndefined();
			continue;
		}
		const pooled = addHistograms(
			data.report.scale,
			parts.map((p) => p.histogram)
		);
		expect(bench.cells[id]?.median, `benchmark ${id}`).toBe(statsOf(pooled).median);
		expect(bench.cells[id]!.people).toBeLessThanOrEqual(parts.reduce((sum, p) => sum + p.raters, 0));
	}
}

/** Every CSV row is a shown figure with the page's numbers; every shown figure has its row. */
function checkCsv(data: Report, csv: string): void {
	const { report } = data;
	const lines = csv
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter(Boolean);
	const rows = lines.slice(1).map((line) => line.split(';'));
	const levels = data.model.levels.length;
	const layerOf = (label: string): Layer | 'all' =>
		label === m.report_all_layers() ? 'all' : report.layers.find((l) => layerLabel(l.layer) === label)!.layer;
	let figures = 0;
	for (const row of rows) {
		const [aspectName, indicator, group, n] = row;
		const aspect = report.aspects.find((a) => a.name === aspectName)!;
		const scope = indicator ? aspect.indicators.find((i) => String(i.indicator) === indicator)! : aspect;
		const layer = layerOf(group!);
		const stats = layer === 'all' ? scope.overall : scope.byLayer[layer];
		const ambition = row.at(-1)!;
		expect(ambition).toBe(
			layer === 'all' && !indicator && aspect.ambition.median !== null
				? String(aspect.ambition.median).replace('.', ',')
				: ''
		);
		if (n === '') {
			expect(stats?.n ?? 0).toBe(0);
			continue;
		}
		figures += 1;
		expect(stats!.n).toBe(Number(n));
		expect(stats!.people).toBeGreaterThan(0);
		const shares = row.slice(9, 9 + levels + 1).map(Number);
		expect(shares).toEqual([...stats!.percents, stats!.dontKnowPercent]);
	}
	const shown = report.aspects.reduce(
		(sum, a) =>
			sum +
			(a.overall.n > 0 ? 1 : 0) +
			Object.keys(a.byLayer).length +
			a.indicators.reduce((s, i) => s + (i.overall.n > 0 ? 1 : 0) + Object.keys(i.byLayer).length, 0),
		0
	);
	expect(figures).toBe(report.empty ? 0 : shown);
}

export function checkReport(input: {
	data: Report;
	oracle: Oracle;
	trend: Oracle[];
	sector: Oracle[];
	csv: string;
	pdf: string;
}): void {
	const { data, oracle, csv } = input;
	checkFigures(data, oracle);
	checkTrendAndBenchmark(data, input.trend, input.sector);
	checkCsv(data, csv);

	// Comments: exactly those of layers large enough to hide them, nowhere else a single one.
	const { allowed, forbidden } = oracle.comments();
	const shown = data.report.comments.map((g) => [`${g.aspectId}|${g.layer}`, [...g.texts].sort()] as const);
	expect(new Map(shown)).toEqual(new Map([...allowed].map(([k, v]) => [k, [...v].sort()])));
	// PDF text without its line breaks, so that a text broken over two lines is still found.
	const pdf = input.pdf.replace(/\s+/g, '');
	const page = JSON.stringify(data);
	for (const text of forbidden) {
		expect(page).not.toContain(text);
		expect(csv).not.toContain(text);
		expect(pdf).not.toContain(text);
	}
	// …which means something only if the PDF's text is read at all: the shown comments and counts are in it.
	if (!data.report.empty) for (const texts of allowed.values()) for (const text of texts) expect(pdf).toContain(text);
	for (const l of data.report.layers) {
		const line = m.report_respondents_layer({ layer: layerLabel(l.layer), count: l.respondents }).replace(/\s+/g, '');
		if (l.shown) expect(pdf).toContain(line);
		else
			expect(pdf).toContain(
				m.report_hidden_layer({ layer: layerLabel(l.layer), threshold: oracle.thresholds.scores }).replace(/\s+/g, '')
			);
	}
	checkPdfTable(data, input.pdf);
}

/**
 * The PDF's table of the distribution per aspect, read back from its text: per aspect whose figure is
 * shown, its median, spread, agreement, shares and count in this order; otherwise "te weinig".
 */
function checkPdfTable(data: Report, pdf: string): void {
	if (data.report.empty) return;
	const text = pdf.replace(/\s+/g, '');
	const squash = (cells: string[]) => cells.join('').replace(/\s+/g, '');
	for (const a of data.report.aspects) {
		if (a.overall.n === 0) {
			expect(text).toContain(squash([a.name, m.report_chart_too_few()]));
			continue;
		}
		const s = a.overall;
		expect(text, `PDF ${a.aspectId}`).toContain(
			squash([a.name, formatLevel(s.median), formatLevel(s.iqr), formatShare(s.agreement), String(s.n)])
		);
		expect(text, `PDF shares ${a.aspectId}`).toContain(
			squash([a.name, ...[...s.percents, s.dontKnowPercent].map((p) => `${p}%`)])
		);
	}
}
