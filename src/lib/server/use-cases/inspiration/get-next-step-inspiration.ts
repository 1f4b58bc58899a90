import type { Db } from '../../db/client.ts';
import { itemsForSteps } from '../../repositories/inspiration-matches.ts';
import type { NextStep } from '../../../domain/inspiration/next-step.ts';
import type { ItemKind } from '../../../domain/inspiration/item.ts';
import { readerOf } from './reader.ts';

/** Items per aspect; a report or plan page shows a handful, not a library. */
const PER_STEP = 2;

export type NextStepItem = {
	id: string;
	kind: ItemKind;
	title: string;
	summary: string;
	publisher: string;
	/** Why it fits: the aspect, the phase the school is in and the phase the item leads to. */
	reason: { aspectName: string; current: number; next: number };
};

/**
 * Public data only: the steps come from a report or plan the page has already authorised, and the
 * items are those this reader may read. Each item is suggested once, for the first step it fits.
 */
export async function getNextStepInspiration(
	db: Db,
	userId: string | null,
	source: { modelId: string; steps: NextStep[] }
): Promise<NextStepItem[]> {
	if (source.steps.length === 0) return [];
	const reader = await readerOf(db, userId);
	const matches = await itemsForSteps(db, reader, source.modelId, source.steps, PER_STEP);
	const seen = new Set<string>();
	return matches.flatMap((match) => {
		const step = source.steps.find((s) => s.aspectId === match.aspectId);
		if (!step || seen.has(match.id)) return [];
		seen.add(match.id);
		return [
			{
				id: match.id,
				kind: match.kind,
				title: match.title,
				summary: match.summary,
				publisher: match.publisher,
				reason: { aspectName: step.aspectName, current: step.current, next: step.current + 1 }
			}
		];
	});
}
