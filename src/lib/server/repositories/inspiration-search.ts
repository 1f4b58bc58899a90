/**
 * Searching the inspiration library: Dutch full text (configuration `werkwijzer_nl`), typo
 * tolerance on titles and theme names by trigrams, facets counted over the same matches.
 * Only published items the reader may see ever leave the database.
 */
import { sql, type SQL } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import type { SearchQuery } from '../../domain/inspiration/search-query.ts';
import { HIT_END, HIT_START } from '../../domain/inspiration/snippet.ts';
import type { ItemKind, ItemSector, Province } from '../../domain/inspiration/item.ts';

/** Who reads: nobody (a visitor), or a person with the organisations they belong to. */
export type Reader = { signedIn: false } | { signedIn: true; everything: boolean; organisationIds: string[] };

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

export type FacetCount = { facet: string; value: string; count: number };

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const ids = (list: string[]): SQL =>
	sql`array[${sql.join(
		list.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
const texts = (list: string[]): SQL =>
	sql`array[${sql.join(
		list.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;

/**
 * A published item is readable when it is public, when it is for members and the reader has an
 * account, or when it is for one organisation and the reader belongs to it or to an organisation
 * it sits in or that sits in it (a board's people and its schools' people).
 */
export function readable(reader: Reader): SQL {
	if (!reader.signedIn) return sql`i.visibility = 'public'`;
	if (reader.everything) return sql`true`;
	if (reader.organisationIds.length === 0) return sql`i.visibility in ('public', 'members')`;
	const mine = ids(reader.organisationIds);
	return sql`(i.visibility in ('public', 'members') or exists (
		select 1 from organisations p where p.id = i.organisation_id and (
			p.id = any(${mine}) or p.parent_id = any(${mine}) or p.cluster_id = any(${mine})
			or exists (select 1 from organisations m where m.id = any(${mine}) and (m.parent_id = p.id or m.cluster_id = p.id)))))`;
}

/** The words as a Dutch text-search query, written inline so that the GIN index can serve it. */
const tsquery = (text: string): SQL => sql`websearch_to_tsquery('werkwijzer_nl', werkwijzer_nl_words(${text}))`;

/**
 * The themes whose name the words resemble (typo tolerance on themes), looked up first so that
 * the item query can use the index on themes.
 */
export async function themesLike(db: Db, text: string): Promise<string[]> {
	if (!text) return [];
	const rows = await executeRows(db, sql`select id from inspiration_themes where ${text} <% label`);
	return rows.map((r) => str(r.id));
}

function filters(query: SearchQuery, reader: Reader, typoThemes: string[]): SQL {
	const parts: SQL[] = [sql`i.status = 'published'`, readable(reader)];
	if (query.text) {
		const themes = typoThemes.length ? sql` or i.themes && ${texts(typoThemes)}` : sql``;
		parts.push(sql`(i.search @@ ${tsquery(query.text)} or ${query.text} <% i.title${themes})`);
	}
	if (query.kinds.length) parts.push(sql`i.kind = any(${texts(query.kinds)})`);
	if (query.sectors.length) parts.push(sql`i.sectors && ${texts(query.sectors)}`);
	if (query.themes.length) parts.push(sql`i.themes && ${texts(query.themes)}`);
	if (query.regions.length) parts.push(sql`i.region = any(${texts(query.regions)})`);
	if (query.model) {
		parts.push(sql`exists (select 1 from inspiration_item_steps s where s.item_id = i.id and s.model_id = ${query.model}
			${query.aspect ? sql`and s.aspect_id = ${query.aspect}` : sql``}
			${query.phase !== null ? sql`and s.from_level = ${query.phase}` : sql``})`);
	}
	return sql.join(parts, sql` and `);
}

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
				from inspiration_items i where ${filters(query, reader, typoThemes)}),
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
		sql`select count(*)::int as n from inspiration_items i where ${filters(query, reader, typoThemes)}`
	);
	return Number(row?.n ?? 0);
}

/**
 * Counts per facet value over the items that match the whole search: kind, sector, theme, region,
 * and the model → aspect → phase path.
 */
export async function facetCounts(
	db: Db,
	query: SearchQuery,
	reader: Reader,
	typoThemes: string[]
): Promise<FacetCount[]> {
	const rows = await executeRows(
		db,
		sql`with matched as (select i.id, i.kind, i.sectors, i.themes, i.region from inspiration_items i where ${filters(query, reader, typoThemes)})
			select 'soort' as facet, kind as value, count(*)::int as count from matched group by kind
			union all select 'sector', s, count(*)::int from matched, unnest(sectors) s group by s
			union all select 'thema', t, count(*)::int from matched, unnest(themes) t group by t
			union all select 'regio', region, count(*)::int from matched where region is not null group by region
			union all select 'model', st.model_id, count(distinct m.id)::int from matched m join inspiration_item_steps st on st.item_id = m.id group by st.model_id
			${
				query.model
					? sql`union all select 'aspect', st.aspect_id, count(distinct m.id)::int from matched m join inspiration_item_steps st on st.item_id = m.id
							where st.model_id = ${query.model} group by st.aspect_id`
					: sql``
			}
			${
				query.model && query.aspect
					? sql`union all select 'fase', st.from_level::text, count(distinct m.id)::int from matched m join inspiration_item_steps st on st.item_id = m.id
							where st.model_id = ${query.model} and st.aspect_id = ${query.aspect} group by st.from_level`
					: sql``
			}`
	);
	return rows.map((r) => ({ facet: str(r.facet), value: str(r.value), count: Number(r.count) }));
}
