import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distributionChart } from '../charts/index.ts';
import { renderReportPdf, toWinAnsi, type ReportDocument } from './report-pdf.ts';

const LEVELS = ['Oriënterend', 'Ontwikkelend', 'Functionerend', 'Verdiepend', 'Borgend en inspirerend'];
const ACCENTS = 'De coördinator heeft de ideeën van het team geïnventariseerd en geëvalueerd.';
const LONG_WORD = 'Ontwikkelingsgerichtheidsbevorderingsprogrammacoördinatorenoverleg';

/** Poppler is how we read the PDF back; without it these tests cannot say anything, so they fail. */
function requireTool(name: string): void {
	const probe = spawnSync(name, ['-v'], { encoding: 'utf8' });
	if (probe.error)
		throw new Error(
			`${name} is not available (${probe.error.message}); install poppler-utils: apt-get install -y poppler-utils`
		);
}

function document(): ReportDocument {
	const chart = distributionChart(
		['Schoolleiding', 'Leraren', 'Ondersteuning', 'Alle lagen'].map((label, i) => ({
			label,
			percents: [10, 20, 30, 25 - i * 5, 15],
			dontKnowPercent: i * 5,
			n: 12 + i
		})),
		{ levelLabels: LEVELS, dontKnowLabel: 'Weet ik niet', title: 'Gedeelde visie: verdeling per laag', width: 660 }
	);
	// 60 rows, some over two lines, force the table over several pages.
	const rows = Array.from({ length: 60 }, (_, i) => {
		const n = i + 1;
		const name =
			n % 7 === 0
				? `School ${n} – Kindcentrum met een bijzonder lange naam die over meerdere regels doorloopt (einde ${n})`
				: `School ${n} – De Regenboog (einde ${n})`;
		return [name, n % 2 ? '3,5' : '4', String(10 + n), n % 5 ? `Opmerking ${n}` : `${LONG_WORD} ${n}`];
	});
	rows[59]![3] = 'Laatste rij: reünie';
	return {
		locale: 'nl',
		title: 'Rapport: Reflectie najaar 2026',
		subtitle: 'Stichting De Eilanden · Werkwijzer lerende organisatie · 1 oktober – 15 november 2026',
		generatedOn: 'Gemaakt op 25 november 2026',
		footer: 'Werkwijzer Samen Leren · anoniem: groepen onder 5 antwoorden worden niet getoond',
		sections: [
			{ kind: 'heading', text: 'Samenvatting' },
			{ kind: 'paragraph', text: ACCENTS },
			{ kind: 'paragraph', text: `Een heel lang woord moet ook passen: ${LONG_WORD}${LONG_WORD}. ≥ 5 antwoorden.` },
			{
				kind: 'bullets',
				items: [
					'Sterkte: gedeelde visie en doelen',
					'Ontwikkelpotentieel: professionele ruimte, met een punt dat over twee regels doorloopt zodat de inspringing zichtbaar wordt'
				]
			},
			{
				kind: 'chart',
				svg: chart.svg,
				caption: 'Figuur 1. Verdeling van de antwoorden per laag.',
				alt: 'Grafiek: verdeling per laag. De cijfers staan in de tabel onder de grafiek.'
			},
			{
				kind: 'table',
				caption: 'Tabel 1. Mediaan per school',
				head: ['School', 'Mediaan', 'Antwoorden', 'Opmerking'],
				rows
			},
			{ kind: 'heading', text: 'Bijlage: verdeling' },
			{ kind: 'chart', svg: chart.svg, caption: 'Figuur 2. Dezelfde verdeling als bijlage.', alt: 'Grafiek: bijlage.' }
		]
	};
}

describe('renderReportPdf', () => {
	let dir = '';
	let file = '';
	let layout = '';
	let raw = '';

	beforeAll(async () => {
		requireTool('pdftotext');
		requireTool('pdftoppm');
		dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
		file = join(dir, 'report.pdf');
		writeFileSync(file, await renderReportPdf(document()));
		layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		// -raw keeps the content-stream order and spacing; -layout squeezes short strings such as "1 / 6".
		raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
	});
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('contains the title, Dutch accented text and the chart as real text', () => {
		const flat = layout.replace(/\s+/g, ' ');
		expect(flat).toContain('Rapport: Reflectie najaar 2026');
		expect(flat).toContain(ACCENTS);
		expect(flat).toContain('>= 5 antwoorden');
		expect(flat).toContain('Borgend en inspirerend');
		expect(flat).toContain('Figuur 1. Verdeling van de antwoorden per laag.');
	});

	it('prints the whole table, the last row included, with the header on every page it spans', () => {
		expect(layout).toContain('Laatste rij: reünie');
		const pages = raw.split('\f');
		const headerPages = pages.filter((p) => p.includes('Mediaan Antwoorden Opmerking')).length;
		expect(headerPages).toBeGreaterThanOrEqual(2);
		// A row is never split: its first and last line are on the same page.
		for (let n = 1; n <= 60; n++) {
			const start = pages.findIndex((p) => p.includes(`School ${n} –`));
			const end = pages.findIndex((p) => p.includes(`(einde ${n})`));
			expect(start, `row ${n}`).toBeGreaterThanOrEqual(0);
			expect(end, `row ${n}`).toBe(start);
		}
	});

	it('keeps a heading with the chart under it, and leaves no page without content', () => {
		const pages = raw.split('\f');
		const heading = pages.findIndex((p) => p.includes('Bijlage: verdeling'));
		expect(heading).toBeGreaterThan(0);
		expect(pages[heading]).toContain('Figuur 2. Dezelfde verdeling als bijlage.');
		for (const page of pages.filter((p) => p.trim() !== '')) expect(page.trim().split('\n').length).toBeGreaterThan(1);
	});

	it('numbers the pages "n / m" in the footer', () => {
		const pages = raw.split('\f').filter((p) => p.trim() !== '');
		expect(pages.length).toBeGreaterThanOrEqual(3);
		pages.forEach((page, i) => expect(page).toContain(`${i + 1} / ${pages.length}`));
		expect(layout).toMatch(new RegExp(`1 ?/ ?${pages.length}`));
		expect(layout).toContain('anoniem: groepen onder 5 antwoorden worden niet getoond');
	});

	it('sets title, author and language', () => {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/^Title:\s+Rapport: Reflectie najaar 2026$/m);
		expect(info).toMatch(/^Author:\s+Werkwijzer Samen Leren$/m);
		expect(readFileSync(file).toString('latin1')).toContain('/Lang (nl-NL)');
	});

	it('is tagged for screen readers: PDF/UA, shown title, language, headings, lists, tables and figures', () => {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/^Tagged:\s+yes$/m);
		expect(info).toMatch(/^PDF version:\s+1\.7$/m);
		expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toContain('<pdfuaid:part>1</pdfuaid:part>');
		expect(readFileSync(file).toString('latin1')).toMatch(/\/DisplayDocTitle true/);
		const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
		const flat = tree.replace(/\s+/g, ' ');
		expect(flat).toMatch(/^Document H1 \(block\) "Rapport: Reflectie najaar 2026"/);
		expect(flat).toContain('H2 (block) "Samenvatting"');
		expect(flat).toContain('P (block) "De coördinator heeft');
		expect(flat).toMatch(
			/L \(block\) LI \(block\) Lbl \(block\) "•" LBody \(block\) "Sterkte: gedeelde visie en doelen"/
		);
		expect(flat).toContain('Caption "Tabel 1. Mediaan per school"');
		expect(flat).toMatch(/TH: \/Scope \/Column "Mediaan"/);
		expect(flat).toMatch(/TH: \/Scope \/Row "School 1 – De Regenboog \(einde 1\)" TD "3,5"/);
		// Every one of the 60 rows is in the structure once: the header repeated on later pages is not.
		expect(tree.match(/\/Scope \/Column/g)?.length).toBe(4);
		expect(tree.match(/\/Scope \/Row/g)?.length).toBe(60);
		expect(flat).toContain('Figure');
		expect(flat).toContain('Caption "Figuur 1. Verdeling van de antwoorden per laag."');
		// Page numbers and footers are artifacts: not in the structure.
		expect(flat).not.toContain('anoniem: groepen onder 5');
		const raw = readFileSync(file).toString('latin1');
		expect(raw).toContain('/Alt (Grafiek: verdeling per laag. De cijfers staan in de tabel onder de grafiek.)');
	});

	it('renders as an image', () => {
		const prefix = join(dir, 'page');
		const result = spawnSync('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', file, prefix], {
			encoding: 'utf8'
		});
		expect(result.status, result.stderr).toBe(0);
		const png = readFileSync(`${prefix}-1.png`);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	});
});

describe('toWinAnsi', () => {
	it('keeps Dutch letters and typographic marks, replaces what the standard fonts cannot show', () => {
		expect(toWinAnsi('ë é ï ü – — “x” € · •')).toBe('ë é ï ü – — “x” € · •');
		expect(toWinAnsi('≥ 5, ĳs, 😀')).toBe('>= 5, ijs, ?');
	});
});
