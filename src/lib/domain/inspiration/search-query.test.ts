import { describe, expect, it } from 'vitest';
import { href, isEmpty, loosenings, parseSearchQuery, toggled } from './search-query.ts';
import { snippetParts } from './snippet.ts';

const parse = (s: string) => parseSearchQuery(new URLSearchParams(s));

describe('an inspiration search in the address bar', () => {
	it('keeps known filters and drops what it does not know, so a shared link never fails', () => {
		const q = parse('q=visitaties&soort=goede-aanpak&soort=bestaat-niet&sector=PO&regio=Limburg&regio=Mars&fase=2');
		expect(q.text).toBe('visitaties');
		expect(q.kinds).toEqual(['goede-aanpak']);
		expect(q.sectors).toEqual(['PO']);
		expect(q.regions).toEqual(['Limburg']);
		// a phase without a model and aspect means nothing
		expect(q.phase).toBeNull();
	});

	it('reads model → aspect → phase only as a path', () => {
		expect(parse('aspect=koers').aspect).toBeNull();
		const q = parse('model=werkwijzer-samen-leren&aspect=koers&fase=2');
		expect([q.model, q.aspect, q.phase]).toEqual(['werkwijzer-samen-leren', 'koers', 2]);
		expect(parse('model=werkwijzer-samen-leren&aspect=koers&fase=2.5').phase).toBeNull();
	});

	it('survives control characters, huge pages and nonsense', () => {
		const q = parse('q=%00lezen%0A&pagina=99999999&sorteer=%00');
		expect(q.text).toBe('lezen');
		expect(q.page).toBe(1);
		expect(q.sort).toBe('relevantie');
	});

	it('writes the same search back, and toggles one value', () => {
		const q = parse('q=lezen&sector=PO&thema=begrijpend-lezen&sorteer=nieuwste&pagina=3');
		expect(href(q)).toBe('?q=lezen&sector=PO&thema=begrijpend-lezen&sorteer=nieuwste&pagina=3');
		const without = toggled(q, 'sector', 'PO');
		expect(href(without)).toBe('?q=lezen&thema=begrijpend-lezen&sorteer=nieuwste');
		expect(href(toggled(without, 'sector', 'VO'))).toContain('sector=VO');
		expect(isEmpty(parse('sorteer=nieuwste'))).toBe(true);
	});

	it('suggests dropping each filter, then the words, then everything, when nothing is found', () => {
		const q = parse('q=lezen&sector=PO&regio=Limburg');
		const options = loosenings(q).map((l) => href(l.query));
		expect(options).toEqual(['?q=lezen&regio=Limburg', '?q=lezen&sector=PO', '?sector=PO&regio=Limburg', '?']);
		expect(loosenings(parse('q=lezen'))).toEqual([]);
	});
});

describe('a search snippet', () => {
	it('shows the words of the Markdown, not its marks', () => {
		const parts = snippetParts(
			'doen. ## Hoe een \u0002visitatie\u0003 verloopt - Begin **klein** met [de gids](https://example.org). 4. Kijk'
		);
		expect(parts.map((p) => p.text).join('')).toBe('doen. Hoe een visitatie verloopt Begin klein met de gids. Kijk');
	});

	it('marks the hits without ever producing HTML', () => {
		expect(snippetParts('Een \u0002visitatie\u0003 met <script>')).toEqual([
			{ text: 'Een ', hit: false },
			{ text: 'visitatie', hit: true },
			{ text: ' met <script>', hit: false }
		]);
	});
});
