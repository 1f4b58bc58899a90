/**
 * Team dialogues with placements and agreements, for tests and the demo: written directly, as if
 * the meeting had taken place. The random tokens behind the placements are thrown away at once.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { dialogueAgreements, dialoguePlacements, dialogueSessions } from '../../db/schema/index.ts';
import { hashResumeToken, newLayerCode } from '../../reflection/codes.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import type { Layer } from '../../../domain/model/format.ts';

export async function createDialogue(
	db: Db,
	values: {
		round: { id: string; organisationId: string };
		createdBy: string | null;
		title?: string;
		code?: string;
		/** Per aspect: the placements (layer and level, null for "weet ik niet") and the agreement. */
		aspects: {
			id: string;
			placements: { layer: Layer; level: number | null }[];
			agreed?: { level: number | null; notes: string };
		}[];
		closed?: boolean;
		/** The day of the meeting (today when not given): its agreements carry this date. */
		heldOn?: string;
	}
) {
	const heldOn = values.heldOn ?? dutchDate(new Date());
	const at = (time: string) => (values.heldOn ? new Date(`${values.heldOn}T${time}Z`) : new Date());
	const [session] = await db
		.insert(dialogueSessions)
		.values({
			roundId: values.round.id,
			organisationId: values.round.organisationId,
			code: values.code ?? newLayerCode(),
			title: values.title ?? 'Teamgesprek',
			aspectIds: values.aspects.map((a) => a.id),
			currentIndex: values.closed ? values.aspects.length - 1 : 0,
			revealedAspectIds: values.aspects.filter((a) => a.agreed).map((a) => a.id),
			createdBy: values.createdBy,
			createdAt: at('09:00:00'),
			closedAt: values.closed ? at('11:00:00') : null
		})
		.returning();
	for (const aspect of values.aspects) {
		if (aspect.placements.length > 0)
			await db.insert(dialoguePlacements).values(
				aspect.placements.map((p) => ({
					sessionId: session!.id,
					aspectId: aspect.id,
					participant: hashResumeToken(randomBytes(16).toString('hex')),
					layer: p.layer,
					level: p.level,
					dontKnow: p.level === null
				}))
			);
		if (aspect.agreed)
			await db
				.insert(dialogueAgreements)
				.values({ sessionId: session!.id, aspectId: aspect.id, ...aspect.agreed, agreedOn: heldOn });
	}
	return session!;
}
