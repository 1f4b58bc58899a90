/**
 * Development plans (ontwikkelplannen): a school's goals per focus aspect for a school year, the
 * actions towards them, the moments of the cycle and the team's comments. Plans are about the school,
 * not about answers: nothing here points to a respondent.
 */
import {
	pgTable,
	text,
	uuid,
	timestamp,
	integer,
	smallint,
	real,
	date,
	index,
	uniqueIndex,
	check
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ActionStatus, MomentKind } from '../../../domain/plan/plan.ts';
import { organisations } from './organisations.ts';
import { users } from './auth.ts';
import { rounds } from './reflection.ts';

export const plans = pgTable(
	'plans',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** "2026-2027" */
		schoolYear: text('school_year').notNull(),
		modelId: text('model_id').notNull(),
		modelVersion: integer('model_version').notNull(),
		/** The reflection round the plan was made from, if any. */
		roundId: uuid('round_id').references(() => rounds.id, { onDelete: 'set null' }),
		copiedFrom: uuid('copied_from'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('plans_org_year_model_uq').on(t.organisationId, t.schoolYear, t.modelId)]
);

export const planGoals = pgTable(
	'plan_goals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		aspectId: text('aspect_id').notNull(),
		/** The phase the school was in when the goal was set (1-based), and the median it came from. */
		currentLevel: smallint('current_level').notNull(),
		currentMedian: real('current_median'),
		targetLevel: smallint('target_level').notNull(),
		/** What the team wants to see when the target is reached, in its own words. */
		description: text('description').notNull().default(''),
		position: smallint('position').notNull()
	},
	(t) => [
		uniqueIndex('plan_goals_plan_aspect_uq').on(t.planId, t.aspectId),
		check('plan_goals_target_ck', sql`${t.targetLevel} > ${t.currentLevel}`)
	]
);

export const planActions = pgTable(
	'plan_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => planGoals.id, { onDelete: 'cascade' }),
		what: text('what').notNull(),
		ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
		startsOn: date('starts_on'),
		dueOn: date('due_on'),
		status: text('status').$type<ActionStatus>().notNull().default('planned'),
		/** The due date its owner was last reminded of; a new due date gets a new reminder. */
		remindedFor: date('reminded_for'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('plan_actions_plan_idx').on(t.planId),
		index('plan_actions_due_idx').on(t.dueOn),
		check('plan_actions_dates_ck', sql`${t.dueOn} is null or ${t.startsOn} is null or ${t.dueOn} >= ${t.startsOn}`)
	]
);

/** The moments of the cycle: start, voortgang (any number), evaluatie. */
export const planMoments = pgTable(
	'plan_moments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<MomentKind>().notNull(),
		heldOn: date('held_on').notNull(),
		notes: text('notes').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_moments_plan_idx').on(t.planId)]
);

/** The team's comments on a plan, signed: a plan is discussed openly, unlike the answers. */
export const planComments = pgTable(
	'plan_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_comments_plan_idx').on(t.planId)]
);

/**
 * "Jullie zeiden — wij gaan": what a school tells its respondents it will do with their answers,
 * shown behind the round's respondent links once the school publishes it.
 */
export const roundFeedback = pgTable('round_feedback', {
	roundId: uuid('round_id')
		.primaryKey()
		.references(() => rounds.id, { onDelete: 'cascade' }),
	youSaid: text('you_said').notNull(),
	weWill: text('we_will').notNull(),
	publishedAt: timestamp('published_at', { withTimezone: true }),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
