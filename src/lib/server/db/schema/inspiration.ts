/**
 * The inspiration library: items that schools, boards, partnerships, networks and the programme
 * share, tagged by model, aspect and phase step, and found by Dutch full-text search
 * (configuration `werkwijzer_nl`: Dutch stemming after unaccent, see the migration that makes it).
 */
import {
	pgTable,
	text,
	uuid,
	timestamp,
	integer,
	smallint,
	index,
	primaryKey,
	check,
	customType
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ItemKind, ItemSector, ItemStatus, Province, Visibility } from '../../../domain/inspiration/item.ts';
import { organisations } from './organisations.ts';
import { users } from './auth.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The themes vocabulary the programme keeps (begrijpend lezen, passend onderwijs, …). */
export const inspirationThemes = pgTable('inspiration_themes', {
	id: text('id').primaryKey(),
	label: text('label').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const inspirationItems = pgTable(
	'inspiration_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The school, board, partnership, network or programme that publishes the item. */
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<ItemKind>().notNull(),
		status: text('status').$type<ItemStatus>().notNull().default('draft'),
		visibility: text('visibility').$type<Visibility>().notNull().default('public'),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		/** Markdown; rendered and sanitised on the way out. */
		body: text('body').notNull(),
		sectors: text('sectors')
			.array()
			.$type<ItemSector[]>()
			.notNull()
			.default(sql`'{}'`),
		themes: text('themes')
			.array()
			.notNull()
			.default(sql`'{}'`),
		region: text('region').$type<Province>(),
		language: text('language').notNull().default('nl'),
		licence: text('licence').notNull(),
		/** A person who agreed to be named as contact. */
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		/** Theme labels and aspect titles, written with the item, so that search can weigh tags. */
		tagText: text('tag_text').notNull().default(''),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(title)), 'A') || setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(tag_text)), 'B') || setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(summary || ' ' || body)), 'C')`
		),
		views: integer('views').notNull().default(0),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp('published_at', { withTimezone: true })
	},
	(t) => [
		index('inspiration_items_search_idx').using('gin', t.search),
		index('inspiration_items_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
		index('inspiration_items_themes_idx').using('gin', t.themes),
		index('inspiration_items_published_idx').on(t.publishedAt),
		index('inspiration_items_status_idx').on(t.status, t.visibility),
		index('inspiration_items_organisation_idx').on(t.organisationId),
		check(
			'inspiration_items_kind_ck',
			sql`${t.kind} in ('goed-voorbeeld','goede-aanpak','netwerkportret','kwaliteitskaart','tool','verdieping')`
		),
		check('inspiration_items_status_ck', sql`${t.status} in ('draft','submitted','in_review','published','archived')`),
		check('inspiration_items_visibility_ck', sql`${t.visibility} in ('public','members','organisation')`)
	]
);

/** The steps an item helps with: an aspect of a model, from one phase to a later one. */
export const inspirationItemSteps = pgTable(
	'inspiration_item_steps',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => inspirationItems.id, { onDelete: 'cascade' }),
		modelId: text('model_id').notNull(),
		aspectId: text('aspect_id').notNull(),
		fromLevel: smallint('from_level').notNull(),
		toLevel: smallint('to_level').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.itemId, t.modelId, t.aspectId, t.fromLevel] }),
		index('inspiration_item_steps_aspect_idx').on(t.modelId, t.aspectId, t.fromLevel),
		check('inspiration_item_steps_order_ck', sql`${t.fromLevel} >= 1 and ${t.toLevel} > ${t.fromLevel}`)
	]
);
