/**
 * Reflection rounds and their anonymous answers.
 *
 * Privacy by construction (ADR 007): `responses`, `answers` and `response_comments` hold no user,
 * invitation, session, address or browser, and no time finer than the day. Who took part is kept in
 * `participations`, which shares no column with the answers but the round, has no timestamps, and is
 * written by a job that runs minutes later — so not even row metadata pairs a person with an answer.
 */
import {
	pgTable,
	text,
	uuid,
	timestamp,
	integer,
	smallint,
	boolean,
	date,
	primaryKey,
	index,
	jsonb,
	check
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Layer } from '../../../domain/model/format.ts';
import type { QuestionMode } from '../../../domain/reflection/items.ts';
import { organisations } from './organisations.ts';
import { users } from './auth.ts';

export const rounds = pgTable(
	'rounds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		modelId: text('model_id').notNull(),
		modelVersion: integer('model_version').notNull(),
		title: text('title').notNull(),
		mode: text('mode').$type<QuestionMode>().notNull().default('aspect'),
		opensOn: date('opens_on').notNull(),
		closesOn: date('closes_on').notNull(),
		openedAt: timestamp('opened_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		thresholdScores: smallint('threshold_scores').notNull().default(5),
		thresholdComments: smallint('threshold_comments').notNull().default(5),
		introduction: text('introduction').notNull(),
		privacyText: text('privacy_text').notNull(),
		maxPerLayer: integer('max_per_layer'),
		copiedFrom: uuid('copied_from'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('rounds_org_idx').on(t.organisationId),
		check('rounds_threshold_ck', sql`${t.thresholdScores} >= 3 and ${t.thresholdComments} >= 3`),
		check('rounds_dates_ck', sql`${t.closesOn} >= ${t.opensOn}`)
	]
);

/** One link and short code per participating layer. */
export const roundLayers = pgTable(
	'round_layers',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		layer: text('layer').$type<Layer>().notNull(),
		code: text('code').notNull().unique()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.layer] })]
);

export const responses = pgTable(
	'responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		layer: text('layer').$type<Layer>().notNull(),
		status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
		/** Hash of the resume token the respondent holds (cookie or link); the token itself is never stored. */
		resumeHash: text('resume_hash').notNull().unique(),
		startedOn: date('started_on').notNull(),
		updatedOn: date('updated_on').notNull(),
		submittedOn: date('submitted_on')
	},
	(t) => [index('responses_round_idx').on(t.roundId, t.layer, t.status)]
);

export const answers = pgTable(
	'answers',
	{
		responseId: uuid('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		item: text('item').notNull(),
		level: smallint('level'),
		dontKnow: boolean('dont_know').notNull().default(false),
		ambition: smallint('ambition')
	},
	(t) => [primaryKey({ columns: [t.responseId, t.item] })]
);

export const responseComments = pgTable(
	'response_comments',
	{
		responseId: uuid('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		aspectId: text('aspect_id').notNull(),
		text: text('text').notNull()
	},
	(t) => [primaryKey({ columns: [t.responseId, t.aspectId] })]
);

/**
 * The counts a board view needs of one finished round — per layer, question and level, and respondents
 * per layer — kept once the round has been finished a while, since its answers can no longer change
 * (ADR 008). A row is valid only while the round's `closes_on` and `closed_at` still match: extending
 * or reopening a round makes it stale by construction. Counts only, never an individual answer.
 */
export const roundAggregates = pgTable('round_aggregates', {
	roundId: uuid('round_id')
		.primaryKey()
		.references(() => rounds.id, { onDelete: 'cascade' }),
	closesOn: date('closes_on').notNull(),
	closedAt: timestamp('closed_at', { withTimezone: true }),
	respondents: jsonb('respondents').$type<Partial<Record<Layer, number>>>().notNull(),
	/**
	 * `{ perItem: [layer, item, level (null = weet ik niet), count][] }`, per question (ADR 013); a
	 * bare array is the older per-aspect shape, which is counted afresh instead of read.
	 */
	counts: jsonb('counts').$type<{ perItem: [Layer, string, number | null, number][] }>().notNull(),
	computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow()
});

/** That a signed-in person took part, so that reminders skip them. Nothing else, not even when. */
export const participations = pgTable(
	'participations',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.userId] })]
);

/** A reflection a person makes on their own; only they can see it. */
export const privateReflections = pgTable(
	'private_reflections',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		modelId: text('model_id').notNull(),
		modelVersion: integer('model_version').notNull(),
		layer: text('layer').$type<Layer>().notNull(),
		mode: text('mode').$type<QuestionMode>().notNull().default('aspect'),
		answers: jsonb('answers')
			.$type<{ item: string; level: number | null; dontKnow: boolean; ambition: number | null }[]>()
			.notNull(),
		comments: jsonb('comments').$type<{ aspectId: string; text: string }[]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('private_reflections_user_idx').on(t.userId)]
);
