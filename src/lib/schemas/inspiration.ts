import { z } from 'zod';
import { text } from './fields.ts';
import { ITEM_KINDS, ITEM_SECTORS, PROVINCES, VISIBILITIES } from '../domain/inspiration/item.ts';

export const itemId = z.uuid();

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const themeInput = z.strictObject({ id: key, label: text({ max: 80, required: true }) });

export const aspectStepInput = z
	.strictObject({ model: key, aspect: key, from: z.int().min(1).max(20), to: z.int().min(2).max(20) })
	.refine((s) => s.to > s.from, { message: 'step_order', path: ['to'] });

/** An item as a content file's front matter describes it (the demo's library). */
export const itemFileInput = z.strictObject({
	title: text({ max: 160, required: true }),
	kind: z.enum(ITEM_KINDS),
	publisher: text({ max: 200, required: true }),
	summary: text({ max: 300, required: true }),
	sectors: z.array(z.enum(ITEM_SECTORS)).max(ITEM_SECTORS.length).default([]),
	themes: z.array(key).max(12).default([]),
	region: z.enum(PROVINCES).optional(),
	visibility: z.enum(VISIBILITIES).default('public'),
	language: z.enum(['nl', 'en']).default('nl'),
	licence: text({ max: 60 }).optional(),
	contact: z.strictObject({ name: text({ max: 120, required: true }), email: z.email().optional() }).optional(),
	steps: z.array(aspectStepInput).max(12).default([]),
	publishedDaysAgo: z.int().min(0).max(3650).default(0)
});
export type ItemFile = z.infer<typeof itemFileInput>;
