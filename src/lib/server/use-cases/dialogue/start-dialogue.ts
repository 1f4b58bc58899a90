import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { insertSession } from '../../repositories/dialogues.ts';
import { pinnedModel } from '../../reflection/round-model.ts';
import { newLayerCode } from '../../reflection/codes.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { startDialogueInput } from '../../../schemas/dialogue.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';

/** Opens a live team dialogue on some or all aspects of a round's model; returns the session id. */
export async function startDialogue(db: Db, actorId: string | null, roundId: unknown, input: unknown): Promise<string> {
	const { actor, resource: round } = await access(db, actorId, 'round', roundId, 'dialogue.facilitate');
	if (roundStatus(round, dutchDate(new Date())) === 'draft') throw new AppError('closed');
	const data = parseInput(startDialogueInput, input);
	const model = await pinnedModel(db, round.modelId, round.modelVersion);
	// In the model's order, whatever order the form sent them in.
	const aspectIds = model.aspects.map((a) => a.id).filter((id) => data.aspect.includes(id));
	if (aspectIds.length !== new Set(data.aspect).size)
		throw new AppError('invalid_input', 'invalid_input', [{ field: 'aspect', message: 'not_allowed' }]);
	for (let attempt = 0; attempt < 5; attempt++) {
		const row = await insertSession(db, {
			roundId: round.id,
			organisationId: round.organisationId,
			code: newLayerCode(),
			title: data.title,
			aspectIds,
			createdBy: actor.userId
		});
		if (row) return row.id;
	}
	throw new AppError('conflict');
}
