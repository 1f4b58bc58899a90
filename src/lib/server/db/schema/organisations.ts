import {
	pgTable,
	text,
	uuid,
	timestamp,
	index,
	uniqueIndex,
	primaryKey,
	check,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { OrganisationKind, Sector, TrainingSchoolStatus } from '../../../domain/organisation/types.ts';

/**
 * Boards, schools, clusters, partnerships, networks, teacher-education institutes and the
 * programme share one table: memberships, rounds and plans all point at "an organisation", and
 * tenant scope is always expressed as a set of organisation ids.
 */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').$type<OrganisationKind>().notNull(),
		name: text('name').notNull(),
		/** school → its board; cluster → its board */
		parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
		/** school → the cluster of its board it belongs to, if any */
		clusterId: uuid('cluster_id').references((): AnyPgColumn => organisations.id),
		brin: text('brin'),
		locationNumber: text('location_number'),
		sector: text('sector').$type<Sector>(),
		municipality: text('municipality'),
		region: text('region'),
		boardNumber: text('board_number'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('organisations_parent_idx').on(t.parentId),
		index('organisations_cluster_idx').on(t.clusterId),
		index('organisations_kind_idx').on(t.kind),
		uniqueIndex('organisations_school_code_uq')
			.on(t.brin, t.locationNumber)
			.where(sql`${t.kind} = 'school'`),
		uniqueIndex('organisations_board_number_uq')
			.on(t.boardNumber)
			.where(sql`${t.kind} = 'board'`),
		check(
			'organisations_kind_ck',
			sql`${t.kind} in ('board','school','cluster','partnership','network','institute','programme')`
		)
	]
);

/**
 * Membership of one organisation in another where it is not a parent/child relation: the boards,
 * schools and institute of a partnership, the schools of a network.
 */
export const organisationLinks = pgTable(
	'organisation_links',
	{
		groupId: uuid('group_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		memberId: uuid('member_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		trainingSchool: text('training_school').$type<TrainingSchoolStatus>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('organisation_links_member_idx').on(t.memberId)]
);
