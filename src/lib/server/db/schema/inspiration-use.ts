/**
 * How people use the inspiration library: the items a person saved for later (bewaard), and the
 * items a plan's action names as its source. Neither records who read what.
 */
import { pgTable, uuid, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { inspirationItems } from './inspiration.ts';
import { planActions } from './plans.ts';

export const inspirationSaved = pgTable(
	'inspiration_saved',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id')
			.notNull()
			.references(() => inspirationItems.id, { onDelete: 'cascade' }),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.itemId] })]
);

export const planActionSources = pgTable(
	'plan_action_sources',
	{
		actionId: uuid('action_id')
			.notNull()
			.references(() => planActions.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id')
			.notNull()
			.references(() => inspirationItems.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.actionId, t.itemId] }), index('plan_action_sources_item_idx').on(t.itemId)]
);
