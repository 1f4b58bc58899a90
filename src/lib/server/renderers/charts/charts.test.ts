import { describe, expect, it } from 'vitest';
import { distributionChart, heatmapChart, radarChart } from './index.ts';
import { EMPTY_CELL_COLOR, OKABE_ITO, levelPalette } from './palette.ts';
import { escapeXml, estimateWidth, wrapLabel } from './render.ts';
import { percentages } from '../../../domain/reflection/report/percentages.ts';

const LEVELS = ['Oriënterend', 'Ontwikkelend', 'Functionerend', 'Verdiepend', 'Borgend en inspirerend'];
const ASPECTS = [
	'Gedeelde visie en doelen',
	'Samen leren en reflecteren',
	'Leiderschap dat leren ondersteunt',
	'Professionele ruimte',
	'Verbinding met ouders & omgeving'
];
const LAYERS = ['Schoolleiding', 'Leraren', 'Ondersteuning'];
const SCHOOLS = [
	'De Regenboog',
	'Het Kompas',
	'Sint-Jozefschool',
	'De Wegwijzer',
	'Basisschool Het Palet',
	'De Zonnewijzer',
	"OBS 't Schrijvertje",
	'De Fontein',
	'Kindcentrum De Boomgaard',
	'De Vlieger',
	'Het Mozaïek',
	'De Springplank',
	'Daltonschool De Klimop',
	'De Ark',
	'Montessorischool Oost',
	'De Horizon',
	'Het Anker',
	'De Toermalijn',
	'Jenaplanschool Het Ravelijn',
	'De Kameleon'
];

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'",
	'&#39;': "'"
};

/** All visible text of an SVG, one string, so a label broken over lines still reads as a whole. */
function visibleText(svg: string): string {
	const parts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
		m[1]!.replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? e)
	);
	return parts.join(' ').replace(/\s+/g, ' ');
}

function expectAccessibleSvg(svg: string, title: string): void {
	expect(svg.startsWith('<svg')).toBe(true);
	expect(svg).toMatch(/^<svg\b[^>]*\brole="img"/);
	expect(svg).toMatch(new RegExp(`^<svg\\b[^>]*\\baria-label="${escapeRegex(escapeXml(title))}"`));
	expect(svg).toContain(`<title>${escapeXml(title)}</title>`);
	expect(svg).not.toMatch(/NaN|undefined/);
	// ECharts escapes text; a bare "&" would make the SVG unreadable for svg-to-pdfkit and browsers.
	expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Data elements ECharts tags with their series and data index (`ecmeta_*`; legend items excluded). */
function items(svg: string, series: number): { dataIndex: number; fill: string }[] {
	return [...svg.matchAll(/<path\b[^>]*\becmeta_series_index="(\d+)"[^>]*>/g)]
		.filter((m) => Number(m[1]) === series && m[0].includes('ecmeta_ssr_type="chart"'))
		.map((m) => ({
			dataIndex: Number(/ecmeta_data_index="(\d+)"/.exec(m[0])?.[1]),
			fill: hex(/\bfill="([^"]+)"/.exec(m[0])?.[1] ?? '')
		}));
}

/** `#abcdef` for both `#ABCDEF` and `rgb(171,205,239)`, the two ways ECharts writes a fill. */
function hex(color: string): string {
	const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
	if (!rgb) return color.toLowerCase();
	return `#${rgb
		.slice(1, 4)
		.map((c) => Number(c).toString(16).padStart(2, '0'))
		.join('')}`;
}

/** Whole percentages of some made-up counts per level and "weet ik niet", as the report hands them over. */
function percentsOf(seed: number, dontKnow: number): { percents: number[]; dontKnowPercent: number } {
	const row = percentages([...LEVELS.map((_, i) => ((seed * 7 + i * 13) % 11) + 1), dontKnow]);
	return { percents: row.slice(0, -1), dontKnowPercent: row.at(-1)! };
}

/** Each drawn line of text of an SVG (ECharts writes one <text> per line). */
function textLines(svg: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
		m[1]!.replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? e).trim()
	);
}

/** Each line of text with the horizontal extent it is drawn at (estimated from its anchor and width). */
function textExtents(svg: string): { line: string; left: number; right: number }[] {
	return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
		const line = m[2]!.replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? e).trim();
		const x = Number(/translate\(([\d.-]+)/.exec(m[1]!)?.[1] ?? 0) + Number(/\bx="([\d.-]+)"/.exec(m[1]!)?.[1] ?? 0);
		const anchor = /text-anchor="(\w+)"/.exec(m[1]!)?.[1] ?? 'start';
		const w = estimateWidth(line);
		const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
		return { line, left, right: left + w };
	});
}

/** True when `word` is drawn whole on one line, not broken over two. */
function drawnWhole(svg: string, word: string): boolean {
	return textLines(svg).some((line) => line.split(/[\s,:]+/).includes(word));
}

/** Long Dutch words from the shipped models and real school names, and the phones' chart width. */
const NARROW = 310;
const LONG_ASPECTS = [
	'Samenwerken en leren',
	'Georganiseerd leiderschap',
	'Procesmanagement en inrichting',
	'Doorgaande lijn inhoud en begeleiding'
];
const SLIG_LEVELS = [
	'1. Ad hoc, individueel, reactief',
	'2. Doelgericht, oriënterend, beperkte samenwerking',
	'3. Planmatig, aandacht voor proces, observeren en verbeteren',
	'4. Cyclisch en georganiseerd samen leren: synergie, empowerment, eigenaarschap',
	'5. Innovatie, netwerken, doorgaande lijn, partnerschap'
];

describe('wrapLabel', () => {
	it('breaks at spaces and keeps every word that fits whole', () => {
		const wrapped = wrapLabel('Samenwerken en leren in het team', 80);
		expect(wrapped.split('\n')).toEqual(['Samenwerken', 'en leren in', 'het team']);
		for (const line of wrapped.split('\n')) expect(estimateWidth(line)).toBeLessThanOrEqual(80);
	});

	it('splits a word wider than the line with a hyphen, between syllables where it can', () => {
		const lines = wrapLabel('Procesmanagement en inrichting', 80).split('\n');
		expect(lines[0]).toMatch(/-$/);
		expect(`${lines[0]!.slice(0, -1)}${lines[1]!.split(' ')[0]}`).toBe('Procesmanagement');
		for (const line of lines) expect(estimateWidth(line)).toBeLessThanOrEqual(80);
		expect(wrapLabel('Georganiseerd', 70).split('\n')).toEqual(['Georgani-', 'seerd']);
	});

	it('prefers the hyphen a word already has', () => {
		expect(wrapLabel('Sint-Jozefschool', 80).split('\n')).toEqual(['Sint-', 'Jozefschool']);
	});
});

describe('charts at a phone’s width', () => {
	const rows = LONG_ASPECTS.map((label, i) => ({ label, ...percentsOf(i, 1), n: 10 + i }));
	const narrow = { levelLabels: SLIG_LEVELS, dontKnowLabel: 'Weet ik niet', width: NARROW };

	it('the distribution never breaks a row label inside a word, and shows the whole title and legend', () => {
		const title = 'Verdeling van de antwoorden per aspect';
		const { svg } = distributionChart(rows, { ...narrow, title, formatCount: (n) => `n = ${n}` });
		for (const word of LONG_ASPECTS.flatMap((a) => a.split(' '))) expect(drawnWhole(svg, word), word).toBe(true);
		for (const word of [...title.split(' '), 'samenwerking', 'eigenaarschap', 'partnerschap'])
			expect(drawnWhole(svg, word), word).toBe(true);
		// Every line fits the picture.
		for (const line of textLines(svg)) expect(estimateWidth(line), line).toBeLessThanOrEqual(NARROW - 16);
	});

	it('the radar keeps aspect names inside the picture and splits a word only with a hyphen', () => {
		const axes = [...LONG_ASPECTS, 'Koers'].map((name) => ({ name }));
		const { svg } = radarChart(axes, [{ name: 'Leraren', values: [3, 2, 4, 3, 2] }], {
			max: 5,
			title: 'Mediaan per aspect en laag',
			width: NARROW
		});
		for (const { line, left, right } of textExtents(svg)) {
			expect(left, line).toBeGreaterThanOrEqual(0);
			expect(right, line).toBeLessThanOrEqual(NARROW);
		}
		const words = LONG_ASPECTS.flatMap((a) => a.split(' '));
		for (const word of words) {
			const whole = drawnWhole(svg, word);
			const split = textLines(svg).some(
				(line, i, all) => line.endsWith('-') && `${line.slice(0, -1)}${all[i + 1]?.split(' ')[0]}` === word
			);
			expect(whole || split, word).toBe(true);
		}
	});

	it('the heatmap breaks school names at spaces', () => {
		const schools = ['Montessorischool Oost', 'Jenaplanschool Het Ravelijn', 'Sint-Jozefschool'];
		const { svg } = heatmapChart(
			schools,
			['Koers', 'Lerende professional'],
			schools.map(() => [2, 3]),
			{
				min: 1,
				max: 5,
				title: 'Mediaan per school en aspect',
				emptyLabel: 'te weinig antwoorden',
				width: NARROW
			}
		);
		for (const word of ['Montessorischool', 'Jenaplanschool', 'Ravelijn', 'Sint-Jozefschool'])
			expect(drawnWhole(svg, word), word).toBe(true);
	});
});

describe('distributionChart', () => {
	const options = { levelLabels: LEVELS, dontKnowLabel: 'Weet ik niet', formatCount: (n: number) => `${n} antwoorden` };

	it('draws one aspect with a row per layer and "all layers", with every label', () => {
		const rows = [...LAYERS, 'Alle lagen'].map((label, i) => ({
			label,
			...percentsOf(i, i === 1 ? 10 : 2),
			n: 10 + i * 7
		}));
		const { svg, title } = distributionChart(rows, {
			...options,
			title: 'Gedeelde visie en doelen: verdeling per laag'
		});
		expect(title).toBe('Gedeelde visie en doelen: verdeling per laag');
		expectAccessibleSvg(svg, title);
		const text = visibleText(svg);
		for (const label of [title, ...LEVELS, 'Weet ik niet', ...LAYERS, 'Alle lagen', '10 antwoorden', '31 antwoorden'])
			expect(text).toContain(label);
	});

	it('draws one layer with a row per aspect, segments and "weet ik niet" filling the whole bar', () => {
		const rows = ASPECTS.map((label, i) => ({
			label,
			...(i === 0 ? { percents: [0, 0, 0, 0, 50], dontKnowPercent: 50 } : percentsOf(i, 0)),
			n: 20
		}));
		const { svg } = distributionChart(rows, { ...options, title: 'Leraren: verdeling per aspect' });
		const text = visibleText(svg);
		for (const label of ASPECTS) expect(text).toContain(label);
		// Row 1: half the answers at level 5 and half "weet ik niet", both printed as 50% (plus the axis tick).
		expect(text.match(/\b50%/g)?.length).toBe(3);
		// Every row has a segment per level (zero-width ones included) plus one "weet ik niet".
		for (let series = 0; series <= LEVELS.length; series++) expect(items(svg, series).length).toBe(ASPECTS.length);
	});

	it('prints exactly the whole percentages the tables print, so chart and table agree', () => {
		// Five, one and one "weet ik niet" of seven: 72 / 14 / 14, never 71 / 14 / 14.
		const { svg } = distributionChart([{ label: 'Leraren', percents: [0, 72, 14, 0, 0], dontKnowPercent: 14, n: 7 }], {
			...options,
			title: 'Koers: verdeling per laag'
		});
		const text = visibleText(svg);
		expect(text).toContain('72%');
		expect(text.match(/\b14%/g)?.length).toBe(2);
		expect(text).not.toContain('71%');
	});

	it('refuses rows whose shares do not match the levels', () => {
		expect(() =>
			distributionChart([{ label: 'x', percents: [100, 0], dontKnowPercent: 0, n: 3 }], { ...options, title: 't' })
		).toThrow(/2 shares for 5 levels/);
	});
});

describe('radarChart', () => {
	const axes = ASPECTS.map((name) => ({ name }));
	const series = [
		{ name: LAYERS[0]!, values: [4, 3.5, 4, 3, 2.5] },
		{ name: LAYERS[1]!, values: [3, 2.5, null, 2, 3] },
		{ name: LAYERS[2]!, values: [2.5, 3, 3, 2, 2] }
	];

	it('draws every aspect and layer name', () => {
		const { svg, title } = radarChart(axes, series, { max: 5, title: 'Mediaan per aspect en laag' });
		expectAccessibleSvg(svg, title);
		const text = visibleText(svg);
		for (const label of [title, ...ASPECTS, ...LAYERS]) expect(text).toContain(label);
	});

	it('leaves a null value out instead of drawing it at the centre', () => {
		const { svg } = radarChart(axes, series, { max: 5, title: 'Mediaan' });
		// A symbol for each value that exists: aspect 2 of the second layer has none.
		expect(items(svg, 1).map((i) => i.dataIndex)).toEqual([0, 1, 3, 4]);
		expect(items(svg, 0).map((i) => i.dataIndex)).toEqual([0, 1, 2, 3, 4]);
		// The spokes of the web start at the centre; the broken outline must not pass through it.
		const centre = /<path d="M([\d.]+) ([\d.]+)L[^"]*" fill="none"[^>]*stroke="#c4c4c4" stroke-linecap/.exec(svg);
		expect(centre).not.toBeNull();
		const outline = [...svg.matchAll(/<path d="([^"]+)"[^>]*stroke="([^"]+)" stroke-width="2"/g)].find(
			(m) => m[2] === OKABE_ITO[1]
		);
		const path = outline?.[1] ?? '';
		expect(path).not.toBe('');
		expect(path).not.toContain(`${centre?.[1]} ${centre?.[2]}`);
		// Two separate runs (aspects 0–1 and 3–4–0): the line is broken around the gap.
		expect(path.match(/M/g)?.length).toBe(2);
	});
});

describe('heatmapChart', () => {
	const rows = [...SCHOOLS, 'Cluster Noord', 'Hele bestuur'];
	const cells = rows.map((_, r) => ASPECTS.map((__, c) => (r === 4 ? null : 1 + ((r * 3 + c * 5) % 9) / 2)));
	cells[2]![3] = null;
	const options = {
		min: 1 as const,
		max: 5,
		title: 'Mediaan per school en aspect',
		emptyLabel: 'Niet getoond: minder dan 5 antwoorden',
		locale: 'nl' as const
	};

	it('draws every school, aspect and value, with a Dutch decimal comma', () => {
		const { svg, title } = heatmapChart(rows, ASPECTS, cells, options);
		expectAccessibleSvg(svg, title);
		const text = visibleText(svg);
		for (const label of [title, options.emptyLabel, ...rows, ...ASPECTS]) expect(text).toContain(label);
		expect(text).toContain('4,5');
		expect(text).not.toMatch(/\d\.\d/);
		expect(heatmapChart(rows, ASPECTS, cells, { ...options, locale: 'en' }).svg).toContain('>4.5<');
	});

	it('draws a hidden cell in grey, outside the colour scale, without a number', () => {
		const { svg } = heatmapChart(rows, ASPECTS, cells, options);
		const hiddenCount = cells.flat().filter((v) => v === null).length;
		const shown = items(svg, 0);
		const hidden = items(svg, 1);
		expect(hidden.length).toBe(hiddenCount);
		expect(shown.length).toBe(rows.length * ASPECTS.length - hiddenCount);
		for (const cell of hidden) expect(cell.fill).toBe(EMPTY_CELL_COLOR);
		for (const cell of shown) expect(cell.fill).not.toBe(EMPTY_CELL_COLOR);
		// Not even the lowest level's colour: the cell with median 1 has exactly that one.
		const lowest = levelPalette(5)[0]!;
		expect(shown.some((cell) => cell.fill === lowest)).toBe(true);
		for (const cell of hidden) expect(cell.fill).not.toBe(lowest);
		// No cell reads "0": a hidden value is never shown as a number.
		expect(visibleText(svg).split(' ')).not.toContain('0');
	});

	it('renders 20 schools × 5 aspects within 200 ms of CPU time', () => {
		heatmapChart(rows, ASPECTS, cells, options); // first call loads and compiles ECharts' modules
		// CPU time, not wall time: on a machine busy with other work the clock runs on while we wait.
		const start = process.cpuUsage();
		heatmapChart(SCHOOLS, ASPECTS, cells.slice(0, 20), options);
		const used = process.cpuUsage(start);
		expect((used.user + used.system) / 1000).toBeLessThan(200);
	});
});
