/**
 * Searching the inspiration library: ranked hits with their snippets. What counts as a match, and
 * who may read what, is in `inspiration-filters.ts`; the facet counts in `inspiration-facets.ts`.
 */
import { sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import type { SearchQuery } from '../../domain/inspiration/search-query.ts';
import { HIT_END, HIT_START } from '../../domain/inspiration/snippet.ts';
import type { ItemKind, ItemSector, Province } from '../../domain/inspiration/item.ts';
import { matches, str, tsquery, type Reader } from './inspiration-filters.ts';

export type SearchHit = {
	id: string;
	kind: ItemKind;
	title: string;
	summary: string;
	snippet: string;
	publisher: string;
	sectors: ItemSector[];
	region: Province | null;
	publishedAt: Date;
};

export async function searchItems(
	db: Db,
	query: SearchQuery,
	reader: Reader,
	page: { limit: number; offset: number },
	typoThemes: string[]
): Promise<{ hits: SearchHit[]; total: number }> {
	const rank = query.text
		? sql`ts_rank(i.search, ${tsquery(query.text)}) + similarity(i.title, ${query.text})`
		: sql`0::real`;
	const order =
		query.sort === 'nieuwste' || !query.text
			? sql`p.published_at desc, p.id`
			: sql`p.rank desc, p.published_at desc, p.id`;
	// Ranked and counted first, over ids only; the snippet is cut for the page's hits alone.
	const snippet = query.text
		? sql`ts_headline('werkwijzer_nl', i.summary || ' ' || i.body, ${tsquery(query.text)},
			${`StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
		: sql`''`;
	const rows = await executeRows(
		db,
		sql`with ranked as (select i.id, i.published_at, ${rank} as rank, count(*) over () as total
				from inspiration_items i where ${matches(query, reader, typoThemes)}),
			p as (select * from ranked p order by ${order} limit ${page.limit} offset ${page.offset})
			select p.total, i.id, i.kind, i.title, i.summary, ${snippet} as snippet, o.name as publisher, i.sectors, i.region, i.published_at
			from p join inspiration_items i on i.id = p.id join organisations o on o.id = i.organisation_id
			order by ${order}`
	);
	return {
		total: rows.length ? Number(rows[0]!.total) : await countItems(db, query, reader, typoThemes),
		hits: rows.map((r) => ({
			id: str(r.id),
			kind: str(r.kind) as ItemKind,
			title: str(r.title),
			summary: str(r.summary),
			snippet: str(r.snippet),
			publisher: str(r.publisher),
			sectors: (Array.isArray(r.sectors) ? r.sectors : []) as ItemSector[],
			region: (r.region ?? null) as Province | null,
			publishedAt: r.published_at instanceof Date ? r.published_at : new Date(str(r.published_at))
		}))
	};
}

/** For a page past the last hit: how many there are at all. */
async function countItems(db: Db, query: SearchQuery, reader: Reader, typoThemes: string[]): Promise<number> {
	const [row] = await executeRows(
		db,
		sql`select count(*)::int as n from inspiration_items i where ${matches(query, reader, typoThemes)}`
	);
	return Number(row?.n ?? 0);
}
