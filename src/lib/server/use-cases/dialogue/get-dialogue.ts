import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { findRound } from '../../repositories/rounds.ts';
import { modelOfSession, snapshotOf } from '../../dialogue/snapshot.ts';
import { liveView } from '../../../domain/dialogue/dialogue.ts';
import { modelScaleWords } from '../../../domain/model/scale-words.ts';

export type DialoguePage = Awaited<ReturnType<typeof getDialogue>>;

/** The facilitator's screen: the aspects, the join code and what the team has placed so far. */
export async function getDialogue(db: Db, actorId: string | null, id: unknown) {
	const { resource: session, organisation } = await access(db, actorId, 'dialogue', id, 'dialogue.facilitate');
	const round = await findRound(db, session.roundId);
	const model = await modelOfSession(db, session);
	const snapshot = await snapshotOf(db, session);
	if (!round || !snapshot) throw new AppError('not_found');
	return {
		session: { id: session.id, title: session.title, code: session.code },
		round: { id: round.id, title: round.title },
		organisation: { id: organisation.id, name: organisation.name },
		// The model's own language, for `lang` on its texts when the interface speaks another.
		language: model.language,
		scale: modelScaleWords(model),
		levels: model.levels.map((l) => ({ name: l.name, summary: l.summary })),
		aspects: session.aspectIds.flatMap((aspectId) => {
			const aspect = model.aspects.find((a) => a.id === aspectId);
			return aspect ? [{ id: aspect.id, name: aspect.name, focus: aspect.focus }] : [];
		}),
		live: liveView(snapshot, 'facilitator')
	};
}
