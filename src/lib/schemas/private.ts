import { z } from 'zod';
import { ID_PATTERN, LAYERS } from '../domain/model/format.ts';

export const newPrivateInput = z.object({
	modelId: z.string().regex(ID_PATTERN).max(80),
	layer: z.enum(LAYERS),
	mode: z.enum(['aspect', 'indicator']).default('aspect')
});
export const contributeInput = z.object({ roundId: z.uuid() });
