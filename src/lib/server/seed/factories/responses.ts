/**
 * Submitted anonymous responses for tests, benchmarks and the demo. `around` sets the level most
 * people choose per aspect; answers spread one level around it, with some "weet ik niet".
 */
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../db/client.ts';
import { insertResponse } from '../../repositories/responses.ts';
import { hashResumeToken } from '../../reflection/codes.ts';
import { questionItems } from '../../../domain/reflection/items.ts';
import type { DevelopmentModel, Layer } from '../../../domain/model/format.ts';
import type { Answer, Comment } from '../../../domain/reflection/answers.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';

type Round = { id: string; mode: 'aspect' | 'indicator'; maxPerLayer: number | null };

/** A small, repeatable random generator, so demo data and benchmarks are the same every time. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

export async function addResponses(
	db: Db | Tx,
	round: Round,
	model: DevelopmentModel,
	layer: Layer,
	count: number,
	options: {
		around?: Record<string, number>;
		random?: () => number;
		comments?: Record<string, string[]>;
		ambition?: number;
	} = {}
): Promise<void> {
	const random = options.random ?? Math.random;
	const items = questionItems(model, round.mode, layer);
	const scale = model.levels.length;
	for (let i = 0; i < count; i++) {
		const answers: Answer[] = items.map((item, k) => {
			if (random() < 0.05) return { item: item.key, level: null, dontKnow: true, ambition: null };
			const centre = options.around?.[item.aspectId] ?? Math.ceil(scale / 2);
			const level = Math.min(scale, Math.max(1, centre + Math.round((random() - 0.5) * 2.2)));
			const firstOfAspect = items.findIndex((x) => x.aspectId === item.aspectId) === k;
			const ambition =
				firstOfAspect && options.ambition !== undefined ? Math.min(scale, level + options.ambition) : null;
			return { item: item.key, level, dontKnow: false, ambition };
		});
		const comments: Comment[] = Object.entries(options.comments ?? {}).flatMap(([aspectId, texts]) =>
			texts[i] ? [{ aspectId, text: texts[i]! }] : []
		);
		const id = await insertResponse(db, {
			roundId: round.id,
			layer,
			resumeHash: hashResumeToken(randomBytes(24).toString('base64url')),
			today: dutchDate(new Date()),
			submit: true,
			answers,
			comments,
			maxPerLayer: round.maxPerLayer
		});
		if (!id) throw new Error('the round did not accept the response (is it open?)');
	}
}
