import type { Tx } from '../db/client.ts';
import { roundLayers } from '../db/schema/index.ts';
import type { Layer } from '../../domain/model/format.ts';
import { newLayerCode } from './codes.ts';

/** Codes are random; a rare clash with an existing code just draws again. */
export async function insertLayerCodes(tx: Tx, roundId: string, layers: readonly Layer[]): Promise<void> {
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
