/** Rounds for tests and the demo: a round on a shipped model, opened, with codes per layer. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { roundLayers, rounds } from '../../db/schema/index.ts';
import { insertRoundWithCodes } from '../../repositories/layer-codes.ts';
import { getModelVersion } from '../../repositories/models.ts';
import { addDays, dutchDate } from '../../../domain/reflection/round.ts';
import type { Layer } from '../../../domain/model/format.ts';

export async function createRound(
	db: Db,
	organisation: { id: string },
	values: {
		modelId?: string;
		layers?: Layer[];
		open?: boolean;
		title?: string;
		mode?: 'aspect' | 'indicator';
		maxPerLayer?: number;
		opensOn?: string;
		closesOn?: string;
		thresholds?: { scores: number; comments: number };
	} = {}
) {
	const model = await getModelVersion(db, values.modelId ?? 'samen-leren-inhoud-geven');
	if (!model) throw new Error('import the shipped models first');
	const today = dutchDate(new Date());
	const round = await insertRoundWithCodes(
		db,
		{
			organisationId: organisation.id,
			modelId: model.modelId,
			modelVersion: model.version,
			title: values.title ?? 'Reflectie schooljaar 2026-2027',
			mode: values.mode ?? 'aspect',
			opensOn: values.opensOn ?? today,
			closesOn: values.closesOn ?? addDays(today, 14),
			openedAt: values.open === false ? null : new Date(),
			introduction: 'Welkom bij onze reflectie.',
			privacyText: 'Uw antwoorden zijn anoniem.',
			maxPerLayer: values.maxPerLayer ?? null,
			thresholdScores: values.thresholds?.scores ?? 5,
			thresholdComments: values.thresholds?.comments ?? 5
		},
		values.layers ?? ['schoolleiding', 'leraren']
	);
	const codes = await db.select().from(roundLayers).where(eq(roundLayers.roundId, round.id));
	return {
		round,
		codes: Object.fromEntries(codes.map((c) => [c.layer, c.code])) as Partial<Record<Layer, string>>
	};
}

/** Closes a round as if it ran in the given period (responses are added while it is open). */
export async function finishRound(
	db: Db,
	roundId: string,
	period?: { opensOn: string; closesOn: string }
): Promise<void> {
	await db
		.update(rounds)
		.set({ closedAt: new Date(), ...(period ?? {}) })
		.where(eq(rounds.id, roundId));
}
