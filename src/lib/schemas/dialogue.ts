import { z } from 'zod';
import { text } from './fields.ts';
import { ID_PATTERN, LAYERS } from '../domain/model/format.ts';
import { MAX_ASPECTS, NOTES_MAX } from '../domain/dialogue/dialogue.ts';

const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const optionalLevel = z.preprocess(
	(v) => (v === '' || v === undefined ? null : v),
	z.coerce.number().int().min(1).max(10).nullable()
);

export const sessionId = z.uuid();

/** Starting a session: a title and the aspects to talk about (checkboxes named `aspect`). */
export const startDialogueInput = z.object({
	title: text({ max: 120, required: true }),
	aspect: z.preprocess(list, z.array(z.string().regex(ID_PATTERN).max(80)).min(1).max(MAX_ASPECTS))
});

export const agreementInput = z.object({
	aspect: z.string().regex(ID_PATTERN).max(80),
	level: optionalLevel,
	notes: text({ max: NOTES_MAX, multiline: true }).default('')
});

export const gotoInput = z.object({
	index: z.coerce
		.number()
		.int()
		.min(0)
		.max(MAX_ASPECTS - 1)
});

export const joinInput = z.object({ layer: z.enum(LAYERS) });

/** A placement: a level, or `weet-niet`, on the aspect the participant saw. */
export const placeInput = z.object({
	aspect: z.string().regex(ID_PATTERN).max(80),
	level: z.union([z.literal('weet-niet'), z.coerce.number().int().min(1).max(10)])
});
