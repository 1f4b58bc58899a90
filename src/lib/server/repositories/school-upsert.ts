/**
 * Writing imported schools in batches: insert, or update a school already known by its registry
 * code (BRIN + location). `xmax = 0` tells a fresh insert from an update in the same statement.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { organisations } from '../db/schema/index.ts';
import type { SchoolRow } from '../../domain/organisation/school-import.ts';

export async function upsertSchoolBatch(
	tx: Tx,
	rows: SchoolRow[],
	boardIdOf: (row: SchoolRow) => string
): Promise<{ created: number; updated: number }> {
	if (rows.length === 0) return { created: 0, updated: 0 };
	const result = await tx
		.insert(organisations)
		.values(
			rows.map((r) => ({
				kind: 'school' as const,
				name: r.name,
				brin: r.brin,
				locationNumber: r.locationNumber,
				sector: r.sector,
				municipality: r.municipality,
				parentId: boardIdOf(r)
			}))
		)
		.onConflictDoUpdate({
			target: [organisations.brin, organisations.locationNumber],
			targetWhere: sql`${organisations.kind} = 'school'`,
			set: {
				name: sql`excluded.name`,
				sector: sql`excluded.sector`,
				municipality: sql`excluded.municipality`,
				parentId: sql`excluded.parent_id`
			}
		})
		.returning({ inserted: sql<boolean>`(xmax = 0)` });
	const created = result.filter((r) => r.inserted).length;
	return { created, updated: result.length - created };
}
