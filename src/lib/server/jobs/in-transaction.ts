import { fromDrizzle } from 'pg-boss';
import { is, SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

/** Enqueue inside the caller's transaction, so a job exists exactly when the change that caused it does. */
export function inTransaction(tx: Tx): { db: ReturnType<typeof fromDrizzle> } {
	const adapter = {
		execute: async (query: unknown): Promise<{ rows: unknown[] }> => {
			// pg-boss builds its statements with the `sql` tag handed to it below.
			if (!is(query, SQL)) throw new TypeError('pg-boss passed a query that is not a drizzle SQL object');
			const result: unknown = await tx.execute(query);
			if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))
				return { rows: result.rows };
			throw new TypeError('unexpected result from the database driver');
		}
	};
	return { db: fromDrizzle(adapter, sql) };
}
