import type { Db } from '../../db/client.ts';
import { searchItems } from '../../repositories/inspiration-search.ts';
import { facetCounts, type FacetCount } from '../../repositories/inspiration-facets.ts';
import { themesLike } from '../../repositories/inspiration-filters.ts';
import { listThemes } from '../../repositories/inspiration-items.ts';
import { listModels } from '../../repositories/models.ts';
import {
	loosenings,
	parseSearchQuery,
	type Loosening,
	type SearchQuery
} from '../../../domain/inspiration/search-query.ts';
import { snippetParts, type SnippetPart } from '../../../domain/inspiration/snippet.ts';
import { pathNames, type PathNames } from '../../../domain/inspiration/step-view.ts';
import type { ItemKind, ItemSector, Province } from '../../../domain/inspiration/item.ts';
import { readerOf } from './reader.ts';

export const PAGE_SIZE = 20;

export type FacetValue = { value: string; label: string; count: number; selected: boolean };

export type InspirationSearch = {
	query: SearchQuery;
	hits: {
		id: string;
		kind: ItemKind;
		title: string;
		summary: string;
		snippet: SnippetPart[];
		publisher: string;
		sectors: ItemSector[];
		region: Province | null;
		publishedAt: Date;
	}[];
	total: number;
	pages: number;
	facets: { soort: FacetValue[]; sector: FacetValue[]; thema: FacetValue[]; regio: FacetValue[] };
	/** The model → aspect → phase path: the level being chosen, and what is chosen above it. */
	path: {
		model: FacetValue[];
		aspect: FacetValue[];
		fase: FacetValue[];
		modelTitle: string | null;
		aspectName: string | null;
	};
	loosen: Loosening[];
};

/** A chosen value stays in its group even when nothing matches, so the form keeps it when sent again. */
function values(
	counts: FacetCount[],
	facet: string,
	selected: readonly string[],
	label: (v: string) => string
): FacetValue[] {
	const found = counts.filter((c) => c.facet === facet);
	const missing = selected
		.filter((v) => !found.some((c) => c.value === v))
		.map((value) => ({ facet, value, count: 0 }));
	return [...found, ...missing]
		.map((c) => ({ value: c.value, label: label(c.value), count: c.count, selected: selected.includes(c.value) }))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
}

/** A model, aspect or phase the models do not have is dropped, with what depends on it. */
function withinModels(query: SearchQuery, names: PathNames): SearchQuery {
	if (query.model && !names.models.has(query.model)) return { ...query, model: null, aspect: null, phase: null };
	if (query.aspect && !names.aspects.has(`${query.model}/${query.aspect}`))
		return { ...query, aspect: null, phase: null };
	if (query.phase !== null && !names.phases.has(`${query.model}/${query.phase}`)) return { ...query, phase: null };
	return query;
}

/** Public: the library is searched by everyone; each reader finds only what they may read. */
export async function searchInspiration(
	db: Db,
	userId: string | null,
	params: URLSearchParams
): Promise<InspirationSearch> {
	const [reader, models] = await Promise.all([readerOf(db, userId), listModels(db)]);
	const names = pathNames(models.map((m) => m.latest.content));
	const query = withinModels(parseSearchQuery(params), names);
	const [typoThemes, themes] = await Promise.all([themesLike(db, query.text), listThemes(db)]);
	const [{ hits, total }, counts] = await Promise.all([
		searchItems(db, query, reader, { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }, typoThemes),
		facetCounts(db, query, reader, typoThemes)
	]);
	const themeLabel = new Map(themes.map((t) => [t.id, t.label]));
	const pathValues = (facet: string, selected: string | null, label: (v: string) => string) =>
		values(counts, facet, selected === null ? [] : [selected], label);
	return {
		query,
		hits: hits.map((h) => ({ ...h, snippet: snippetParts(h.snippet) })),
		total,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		facets: {
			soort: values(counts, 'soort', query.kinds, (v) => v),
			sector: values(counts, 'sector', query.sectors, (v) => v),
			thema: values(counts, 'thema', query.themes, (v) => themeLabel.get(v) ?? v),
			regio: values(counts, 'regio', query.regions, (v) => v)
		},
		path: {
			model: pathValues('model', query.model, (v) => names.models.get(v) ?? v),
			aspect: pathValues('aspect', query.aspect, (v) => names.aspects.get(`${query.model}/${v}`) ?? v),
			fase: pathValues(
				'fase',
				query.phase === null ? null : String(query.phase),
				(v) => names.phases.get(`${query.model}/${v}`) ?? v
			),
			modelTitle: query.model ? (names.models.get(query.model) ?? null) : null,
			aspectName: query.aspect ? (names.aspects.get(`${query.model}/${query.aspect}`) ?? null) : null
		},
		loosen: total === 0 ? loosenings(query) : []
	};
}
