import type { Db } from '../../db/client.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { progress } from '../../../domain/reflection/answers.ts';
import { LAYER_OF_ROLE } from '../../../domain/reflection/layers.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import { openRoundsFor } from '../../repositories/rounds.ts';
import { withContainers } from '../../repositories/organisations.ts';
import { ownReflection } from './own-reflection.ts';
import { modelScale } from '../../../domain/model/model-scale.ts';

/** One's own reflection with its questions, and the open rounds it could be added to anonymously. */
export async function getPrivateReflection(db: Db, actorId: string | null, id: unknown) {
	const { actor, reflection } = await ownReflection(db, actorId, id);
	const { model, items } = await roundItems(db, reflection, reflection.layer);
	const places = actor.memberships
		.filter((m) => LAYER_OF_ROLE[m.role] === reflection.layer)
		.map((m) => m.organisationId);
	const rounds = (await openRoundsFor(db, await withContainers(db, places), dutchDate(new Date()))).filter(
		(r) =>
			r.layer === reflection.layer &&
			r.round.modelId === reflection.modelId &&
			r.round.modelVersion === reflection.modelVersion &&
			r.round.mode === reflection.mode
	);
	return {
		reflection: { id: reflection.id, title: reflection.title, layer: reflection.layer },
		model: {
			title: model.title,
			...modelScale(model)
		},
		items,
		saved: {
			answers: reflection.answers,
			comments: reflection.comments,
			answered: progress(reflection.answers, items).answered
		},
		rounds: rounds.map((r) => ({ id: r.round.id, title: r.round.title, organisationName: r.organisationName }))
	};
}
