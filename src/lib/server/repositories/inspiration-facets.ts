/** Facet counts of an inspiration search: how many matching items each filter value would keep. */
import { sql } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import type { SearchQuery } from '../../domain/inspiration/search-query.ts';
import { matches, str, type Reader } from './inspiration-filters.ts';

export type FacetCount = { facet: string; value: string; count: number };

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
		sql`with matched as (select i.id, i.kind, i.sectors, i.themes, i.region from inspiration_items i where ${matches(query, reader, typoThemes)})
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
