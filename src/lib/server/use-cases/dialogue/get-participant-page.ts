import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { layersOf } from '../../repositories/rounds.ts';
import { findOrganisation } from '../../repositories/organisations.ts';
import { placementOf } from '../../repositories/dialogues.ts';
import { modelOfSession, snapshotOf } from '../../dialogue/snapshot.ts';
import { questionItems } from '../../../domain/reflection/items.ts';
import { liveView } from '../../../domain/dialogue/dialogue.ts';
import { participantKey, sessionByCode, type ParticipantPass } from './participant.ts';
import { modelScale } from '../../../domain/model/model-scale.ts';

export type ParticipantPage = Awaited<ReturnType<typeof getParticipantPage>>;

/**
 * Public: a participant's phone screen. Before joining, the layers to choose from; after, the
 * current aspect as a question for their layer, their own placement on it and what has been revealed.
 */
export async function getParticipantPage(db: Db, code: string, pass: ParticipantPass | null) {
	const session = await sessionByCode(db, code);
	const organisation = await findOrganisation(db, session.organisationId);
	const snapshot = await snapshotOf(db, session);
	if (!organisation || !snapshot) throw new AppError('not_found');
	const layers = (await layersOf(db, session.roundId)).map((l) => l.layer);
	const base = {
		session: { title: session.title, code: session.code, aspects: session.aspectIds.length },
		organisation: { name: organisation.name },
		layers,
		live: liveView(snapshot, 'participant')
	};
	if (!pass || !layers.includes(pass.layer)) return { ...base, joined: null };
	const model = await modelOfSession(db, session);
	const items = questionItems(model, 'aspect', pass.layer);
	const aspects = session.aspectIds.flatMap((id) => items.filter((item) => item.aspectId === id));
	const mine = await placementOf(db, session.id, snapshot.aspectId, participantKey(session, pass));
	return {
		...base,
		joined: {
			layer: pass.layer,
			...modelScale(model),
			aspects: aspects.map((a) => ({ id: a.aspectId, name: a.aspectName, focus: a.focus, options: a.options })),
			placement: mine ? { aspectId: snapshot.aspectId, level: mine.level } : null
		}
	};
}
