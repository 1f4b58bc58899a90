import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { modelOfSession, snapshotOf } from '../../dialogue/snapshot.ts';
import { liveView } from '../../../domain/dialogue/dialogue.ts';
import { modelScale } from '../../../domain/model/model-scale.ts';

export type ProjectorPage = Awaited<ReturnType<typeof getProjector>>;

/**
 * The projector view, opened by the facilitator for the room: the join code, how many placed and,
 * only once revealed, the spread and its questions — what every participant sees, nothing more.
 */
export async function getProjector(db: Db, actorId: string | null, id: unknown) {
	const { resource: session } = await access(db, actorId, 'dialogue', id, 'dialogue.facilitate');
	const model = await modelOfSession(db, session);
	const snapshot = await snapshotOf(db, session);
	if (!snapshot) throw new AppError('not_found');
	return {
		session: { id: session.id, title: session.title, code: session.code },
		...modelScale(model),
		aspects: session.aspectIds.flatMap((aspectId) => {
			const aspect = model.aspects.find((a) => a.id === aspectId);
			return aspect ? [{ id: aspect.id, name: aspect.name }] : [];
		}),
		// The room's view: before the reveal no spread, not even in the page's data.
		live: liveView(snapshot, 'participant')
	};
}
