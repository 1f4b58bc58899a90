import { z } from 'zod';
import { LAYERS } from '../domain/model/format.ts';
import { ID_PATTERN } from '../domain/model/format.ts';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../domain/reflection/round.ts';
import { calendarDate, text } from './fields.ts';
// A threshold is a number of people: its message says which number to choose, not that it is "too short".
const threshold = z.coerce
	.number({ message: 'threshold_range' })
	.int({ message: 'threshold_range' })
	.min(MIN_THRESHOLD, { message: 'threshold_range' })
	.max(MAX_THRESHOLD, { message: 'threshold_range' });
const optionalInt = z.preprocess(
	(v) => (v === '' || v === undefined ? undefined : v),
	z.coerce.number().int().min(1).max(100_000).optional()
);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const roundInput = z
	.object({
		title: text({ max: 200, required: true }),
		modelId: z.string().regex(ID_PATTERN).max(80),
		layers: z.preprocess(list, z.array(z.enum(LAYERS)).min(1).max(LAYERS.length)),
		mode: z.enum(['aspect', 'indicator']).default('aspect'),
		opensOn: calendarDate(),
		closesOn: calendarDate(),
		thresholdScores: threshold.default(5),
		thresholdComments: threshold.default(5),
		introduction: text({ max: 4000, multiline: true }),
		privacyText: text({ max: 4000, multiline: true }),
		maxPerLayer: optionalInt,
		openNow: z.preprocess((v) => v === 'on' || v === 'true', z.boolean())
	})
	.refine((v) => v.closesOn >= v.opensOn, { path: ['closesOn'], message: 'invalid' });

export const extendInput = z.object({ closesOn: calendarDate() });
export const roundId = z.uuid();
