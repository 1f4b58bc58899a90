import { z } from 'zod';
import { LAYERS } from '../domain/model/format.ts';
import { ID_PATTERN } from '../domain/model/format.ts';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)), 'invalid');
const threshold = z.coerce.number().int().min(3).max(50);
const optionalInt = z.preprocess(
	(v) => (v === '' || v === undefined ? undefined : v),
	z.coerce.number().int().min(1).max(100_000).optional()
);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const roundInput = z
	.object({
		title: z.string().trim().min(1).max(200),
		modelId: z.string().regex(ID_PATTERN).max(80),
		layers: z.preprocess(list, z.array(z.enum(LAYERS)).min(1).max(LAYERS.length)),
		mode: z.enum(['aspect', 'indicator']).default('aspect'),
		opensOn: isoDate,
		closesOn: isoDate,
		thresholdScores: threshold.default(5),
		thresholdComments: threshold.default(5),
		introduction: z.string().trim().max(4000),
		privacyText: z.string().trim().max(4000),
		maxPerLayer: optionalInt,
		openNow: z.preprocess((v) => v === 'on' || v === 'true', z.boolean())
	})
	.refine((v) => v.closesOn >= v.opensOn, { path: ['closesOn'], message: 'invalid' });

export const extendInput = z.object({ closesOn: isoDate });
export const roundId = z.uuid();
