import type { Db, Tx } from '../db/client.ts';
import { roundLayers, rounds } from '../db/schema/index.ts';
import type { Layer } from '../../domain/model/format.ts';
import { newLayerCode } from '../reflection/codes.ts';

/** A new round with a code per layer, in one transaction. */
export async function insertRoundWithCodes(
	db: Db,
	values: typeof rounds.$inferInsert,
	layers: readonly Layer[]
): Promise<typeof rounds.$inferSelect> {
	return db.transaction(async (tx) => {
		const [round] = await tx.insert(rounds).values(values).returning();
		await insertLayerCodes(tx, round!.id, layers);
		return round!;
	});
}

/** Codes are random; a rare clash with an existing code just draws again. */
async function insertLayerCodes(tx: Tx, roundId: string, layers: readonly Layer[]): Promise<void> {
	for (const layer of layers) {
		for (let attempt = 0; ; attempt++) {
			const inserted = await tx
				.insert(roundLayers)
				.values({ roundId, layer, code: newLayerCode() })
				.onConflictDoNothing({ target: roundLayers.code })
				.returning();
			if (inserted.length > 0) break;
			if (attempt > 10) throw new Error('could not draw a free layer code');
		}
	}
}
