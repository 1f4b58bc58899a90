/** Boards as the national registry names them, by board number: found, or created for a registry import. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { organisations } from '../db/schema/index.ts';

export async function boardsByNumber(tx: Tx, numbers: string[]): Promise<{ id: string; boardNumber: string | null }[]> {
	if (numbers.length === 0) return [];
	return tx
		.select({ id: organisations.id, boardNumber: organisations.boardNumber })
		.from(organisations)
		.where(and(eq(organisations.kind, 'board'), inArray(organisations.boardNumber, numbers)));
}

export async function insertBoards(
	tx: Tx,
	boards: { boardNumber: string; name: string; municipality: string | null }[]
): Promise<{ id: string; boardNumber: string | null }[]> {
	if (boards.length === 0) return [];
	return tx
		.insert(organisations)
		.values(boards.map((b) => ({ kind: 'board' as const, ...b })))
		.returning({ id: organisations.id, boardNumber: organisations.boardNumber });
}
