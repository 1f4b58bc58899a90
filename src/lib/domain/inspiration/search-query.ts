/**
 * A search in the inspiration library as the address bar holds it, so a search can be shared and
 * works without JavaScript. Unknown or malformed values are dropped: a shared link never fails.
 */
import { ITEM_KINDS, ITEM_SECTORS, PROVINCES, type ItemKind, type ItemSector, type Province } from './item.ts';

export const SORTS = ['relevantie', 'nieuwste'] as const;
export type Sort = (typeof SORTS)[number];

export type SearchQuery = {
	text: string;
	kinds: ItemKind[];
	sectors: ItemSector[];
	themes: string[];
	regions: Province[];
	/** model → aspect → the phase a step starts from; each narrows the one before */
	model: string | null;
	aspect: string | null;
	phase: number | null;
	sort: Sort;
	page: number;
};

/** Multi-valued filters, by their name in the address. */
export const LIST_FILTERS = { soort: 'kinds', sector: 'sectors', thema: 'themes', regio: 'regions' } as const;
export type ListFilter = keyof typeof LIST_FILTERS;

const MAX_TEXT = 200;
const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

function oneOf<T extends string>(values: readonly T[], all: readonly string[]): T[] {
	return [...new Set(all.filter((v): v is T => (values as readonly string[]).includes(v)))];
}

export function parseSearchQuery(params: URLSearchParams): SearchQuery {
	const model = params.get('model');
	const aspect = params.get('aspect');
	const phase = Number(params.get('fase'));
	const page = Number(params.get('pagina'));
	const validModel = model && KEY.test(model) ? model : null;
	const validAspect = validModel && aspect && KEY.test(aspect) ? aspect : null;
	return {
		text: (params.get('q') ?? '')
			.replace(/[\p{Cc}\p{Cs}]/gu, ' ')
			.trim()
			.slice(0, MAX_TEXT),
		kinds: oneOf(ITEM_KINDS, params.getAll('soort')),
		sectors: oneOf(ITEM_SECTORS, params.getAll('sector')),
		themes: [...new Set(params.getAll('thema').filter((t) => KEY.test(t)))],
		regions: oneOf(PROVINCES, params.getAll('regio')),
		model: validModel,
		aspect: validAspect,
		phase: validAspect && Number.isInteger(phase) && phase >= 1 && phase <= 20 ? phase : null,
		sort: params.get('sorteer') === 'nieuwste' ? 'nieuwste' : 'relevantie',
		page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1
	};
}

export function toSearchParams(query: SearchQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.text) params.set('q', query.text);
	for (const [name, field] of Object.entries(LIST_FILTERS)) {
		for (const value of query[field]) params.append(name, value);
	}
	if (query.model) params.set('model', query.model);
	if (query.aspect) params.set('aspect', query.aspect);
	if (query.phase !== null) params.set('fase', String(query.phase));
	if (query.sort !== 'relevantie') params.set('sorteer', query.sort);
	if (query.page > 1) params.set('pagina', String(query.page));
	return params;
}

export function href(query: SearchQuery): string {
	const search = toSearchParams(query).toString();
	return search ? `?${search}` : '?';
}

/** The same search with one list value switched on or off; back to the first page. */
export function toggled(query: SearchQuery, filter: ListFilter, value: string): SearchQuery {
	const field = LIST_FILTERS[filter];
	const current = query[field] as string[];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...query, [field]: next, page: 1 };
}

/** The model → aspect → phase path narrowed to one level, or widened by dropping what is below it. */
export function narrowedTo(
	query: SearchQuery,
	step: { model: string | null; aspect?: string | null; phase?: number | null }
): SearchQuery {
	return { ...query, model: step.model, aspect: step.aspect ?? null, phase: step.phase ?? null, page: 1 };
}

export type Loosening =
	| { kind: 'text'; query: SearchQuery }
	| { kind: 'filter'; filter: ListFilter; value: string; query: SearchQuery }
	| { kind: 'step'; query: SearchQuery }
	| { kind: 'all'; query: SearchQuery };

/** What an empty result could drop to find something: each filter on its own, the words, or everything. */
export function loosenings(query: SearchQuery): Loosening[] {
	const out: Loosening[] = [];
	for (const [filter, field] of Object.entries(LIST_FILTERS) as [ListFilter, (typeof LIST_FILTERS)[ListFilter]][]) {
		for (const value of query[field] as string[])
			out.push({ kind: 'filter', filter, value, query: toggled(query, filter, value) });
	}
	if (query.model) out.push({ kind: 'step', query: narrowedTo(query, { model: null }) });
	if (query.text && out.length > 0) out.push({ kind: 'text', query: { ...query, text: '', page: 1 } });
	if (out.length > 1) out.push({ kind: 'all', query: emptyQuery() });
	return out;
}

export function emptyQuery(): SearchQuery {
	return parseSearchQuery(new URLSearchParams());
}

export function isEmpty(query: SearchQuery): boolean {
	return toSearchParams({ ...query, page: 1, sort: 'relevantie' }).toString() === '';
}
