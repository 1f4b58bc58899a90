/**
 * What a search matches in the inspiration library — Dutch full text (configuration
 * `werkwijzer_nl`), typo tolerance on titles and theme names by trigrams, the chosen filters —
 * and what a reader may read. Only published items the reader may see ever match.
 */
import { sql, type SQL } from 'drizzle-orm';
import { executeRows, type Db } from '../db/client.ts';
import type { SearchQuery } from '../../domain/inspiration/search-query.ts';

/** Who reads: nobody (a visitor), or a person with the organisations they belong to. */
export type Reader = { signedIn: false } | { signedIn: true; everything: boolean; organisationIds: string[] };

export const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
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
export const tsquery = (text: string): SQL => sql`websearch_to_tsquery('werkwijzer_nl', werkwijzer_nl_words(${text}))`;

/**
 * The themes whose name the words resemble (typo tolerance on themes), looked up first so that
 * the item query can use the index on themes.
 */
export async function themesLike(db: Db, text: string): Promise<string[]> {
	if (!text) return [];
	const rows = await executeRows(db, sql`select id from inspiration_themes where ${text} <% label`);
	return rows.map((r) => str(r.id));
}

/** The items a search matches, as a condition on `inspiration_items i`. */
export function matches(query: SearchQuery, reader: Reader, typoThemes: string[]): SQL {
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
