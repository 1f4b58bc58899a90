import type { Db } from '../../db/client.ts';
import { saveOwnAnswers } from '../../repositories/private-reflections.ts';
import { AppError } from '../../../domain/errors.ts';
import { roundItems } from '../../reflection/round-model.ts';
import { parseAnswers } from '../../../domain/reflection/answers.ts';
import { ownReflection } from './own-reflection.ts';

export async function savePrivateReflection(
	db: Db,
	actorId: string | null,
	id: unknown,
	form: Record<string, string | string[]>
): Promise<void> {
	const { actor, reflection } = await ownReflection(db, actorId, id);
	const { model, items } = await roundItems(db, reflection, reflection.layer);
	const parsed = parseAnswers(form, items, model.levels.length, { complete: false });
	if (parsed.issues.length > 0) throw new AppError('invalid_input', 'invalid_input', parsed.issues);
	await saveOwnAnswers(db, actor.userId, reflection.id, { answers: parsed.answers, comments: parsed.comments });
}
