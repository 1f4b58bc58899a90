/** A board's clusters and which of its schools are in which; every query is narrowed to the board. */
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { organisations } from '../db/schema/index.ts';

type DbLike = Db | Tx;

export async function insertCluster(db: DbLike, boardId: string, name: string): Promise<string> {
	const [row] = await db
		.insert(organisations)
		.values({ kind: 'cluster', name, parentId: boardId })
		.returning({ id: organisations.id });
	return row!.id;
}

export async function isClusterOf(db: DbLike, boardId: string, clusterId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			and(eq(organisations.id, clusterId), eq(organisations.parentId, boardId), eq(organisations.kind, 'cluster'))
		);
	return row !== undefined;
}

/** Puts a school of the board in a cluster, or in none; false when the board has no such school. */
export async function setClusterOfSchool(
	db: DbLike,
	boardId: string,
	schoolId: string,
	clusterId: string | null
): Promise<boolean> {
	const updated = await db
		.update(organisations)
		.set({ clusterId })
		.where(and(eq(organisations.id, schoolId), eq(organisations.parentId, boardId), eq(organisations.kind, 'school')))
		.returning({ id: organisations.id });
	return updated.length > 0;
}
