/**
 * A digest of every table's rows, for tests that must show a request wrote nothing: equal digests
 * before and after mean no row was added, changed or removed. Sign-in bookkeeping is left out (a
 * session's last use, the rate limits and throttles), as it changes with every request of a
 * signed-in person whatever they post.
 */
import { sql } from 'drizzle-orm';
import { executeRows, type Db } from '../../db/client.ts';

const BOOKKEEPING = new Set(['sessions', 'rate_limits', 'throttles']);

export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
	const tables = await executeRows(
		db,
		sql`select table_name as name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
	);
	const out: Record<string, string> = {};
	for (const { name } of tables) {
		if (typeof name !== 'string' || BOOKKEEPING.has(name) || name.startsWith('__')) continue;
		const [row] = await executeRows(
			db,
			sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
				from ${sql.identifier(name)} t`
		);
		out[name] = `${String(row?.rows)}:${String(row?.digest)}`;
	}
	return out;
}
