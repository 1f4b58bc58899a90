import { z } from 'zod';
import { ID_PATTERN, LAYERS } from '../domain/model/format.ts';

/** The model page's URL: bad values fall back to the default view instead of failing. */
export const modelPageQuery = z.object({
	versie: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
	laag: z.enum(LAYERS).optional().catch(undefined),
	voor: z.string().regex(ID_PATTERN).max(80).optional().catch(undefined)
});

export const modelIdParam = z.string().regex(ID_PATTERN).max(80);
