import { pgTable, text, integer, jsonb, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import type { ModelFile } from '../../../domain/model/format.ts';

/** One row per development model or route; its versions live in `model_versions`. */
export const models = pgTable('models', {
	id: text('id').primaryKey(),
	kind: text('kind').$type<ModelFile['kind']>().notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Versions are immutable once imported: a reflection round pins (model_id, version), so changing a
 * version in place would silently change the meaning of answers already given.
 */
export const modelVersions = pgTable(
	'model_versions',
	{
		modelId: text('model_id')
			.notNull()
			.references(() => models.id),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		language: text('language').notNull(),
		content: jsonb('content').$type<ModelFile>().notNull(),
		checksum: text('checksum').notNull(),
		origin: text('origin').$type<'shipped' | 'imported'>().notNull(),
		importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.modelId, t.version] }), index('model_versions_title_idx').on(t.title)]
);
