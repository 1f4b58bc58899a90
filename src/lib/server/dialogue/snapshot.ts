import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client.ts';
import { agreementOf, findSession, placementCounts, type SessionRow } from '../repositories/dialogues.ts';
import { findRound } from '../repositories/rounds.ts';
import { pinnedModel } from '../reflection/round-model.ts';
import type { DevelopmentModel } from '../../domain/model/format.ts';
import type { Snapshot } from '../../domain/dialogue/dialogue.ts';
import { AppError } from '../../domain/errors.ts';

// A round's model version never changes: looked up once per round and server.
const models = new LRUCache<string, DevelopmentModel>({ max: 500 });

export async function modelOfSession(db: Db, session: SessionRow): Promise<DevelopmentModel> {
	const kept = models.get(session.roundId);
	if (kept) return kept;
	const round = await findRound(db, session.roundId);
	if (!round) throw new AppError('not_found');
	const model = await pinnedModel(db, round.modelId, round.modelVersion);
	models.set(session.roundId, model);
	return model;
}

/** What the session's screens show now, read from the database (never from this server's memory). */
export async function snapshotOf(db: Db, sessionOrId: SessionRow | string): Promise<Snapshot | null> {
	const session = typeof sessionOrId === 'string' ? await findSession(db, sessionOrId) : sessionOrId;
	if (!session) return null;
	const aspectId = session.aspectIds[session.currentIndex] ?? session.aspectIds[0] ?? '';
	const [model, counts, agreement] = await Promise.all([
		modelOfSession(db, session),
		placementCounts(db, session.id, aspectId),
		agreementOf(db, session.id, aspectId)
	]);
	return {
		scale: model.levels.length,
		status: session.closedAt ? 'closed' : 'open',
		index: session.currentIndex,
		aspectId,
		stage: session.revealedAspectIds.includes(aspectId) ? 'revealed' : 'placing',
		placed: counts.reduce((sum, c) => sum + c.n, 0),
		counts,
		agreement: agreement ?? null
	};
}
