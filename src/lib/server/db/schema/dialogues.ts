/**
 * Live team dialogues on a round's results (gesprekkenparcours, ADR 010).
 *
 * A placement is as anonymous as an answer: it holds the session, the aspect, the layer the person
 * chose, the level, and a hash of a random token kept in the participant's browser (so a person can
 * change their own placement) — no user, address, browser or time. The agreed phase and notes are the
 * team's, recorded by the facilitator.
 */
import {
	pgTable,
	text,
	uuid,
	timestamp,
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
import { organisations } from './organisations.ts';
import { rounds } from './reflection.ts';
import { users } from './auth.ts';

export const dialogueSessions = pgTable(
	'dialogue_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		code: text('code').notNull().unique(),
		title: text('title').notNull(),
		aspectIds: jsonb('aspect_ids').$type<string[]>().notNull(),
		currentIndex: smallint('current_index').notNull().default(0),
		/** Aspects whose spread has been shown to all: placing on them has ended. */
		revealedAspectIds: jsonb('revealed_aspect_ids').$type<string[]>().notNull().default([]),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [index('dialogue_sessions_round_idx').on(t.roundId), index('dialogue_sessions_org_idx').on(t.organisationId)]
);

export const dialoguePlacements = pgTable(
	'dialogue_placements',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => dialogueSessions.id, { onDelete: 'cascade' }),
		aspectId: text('aspect_id').notNull(),
		participant: text('participant').notNull(),
		layer: text('layer').$type<Layer>().notNull(),
		level: smallint('level'),
		dontKnow: boolean('dont_know').notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.sessionId, t.aspectId, t.participant] }),
		check('dialogue_placements_choice_ck', sql`(${t.level} is null) = ${t.dontKnow}`)
	]
);

export const dialogueAgreements = pgTable(
	'dialogue_agreements',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => dialogueSessions.id, { onDelete: 'cascade' }),
		aspectId: text('aspect_id').notNull(),
		level: smallint('level'),
		notes: text('notes').notNull().default(''),
		agreedOn: date('agreed_on').notNull()
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.aspectId] })]
);
