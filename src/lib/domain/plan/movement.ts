/**
 * "Did it move?": per focus aspect and layer, the median in the round the plan started from and in the
 * next round on the same model. Only layers shown in both rounds count (the threshold of each round
 * applies to that round), so a movement never rests on a group too small to show.
 */
import type { Layer } from '../model/format.ts';

export type LayerMedians = Partial<Record<Layer, number | null>>;
export type Movement = { layer: Layer; before: number; after: number; change: number };

export function movementOf(before: LayerMedians, after: LayerMedians, layers: readonly Layer[]): Movement[] {
	const out: Movement[] = [];
	for (const layer of layers) {
		const b = before[layer];
		const a = after[layer];
		if (b === null || b === undefined || a === null || a === undefined) continue;
		out.push({ layer, before: b, after: a, change: a - b });
	}
	return out;
}
