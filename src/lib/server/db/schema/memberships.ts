import { pgTable, text, uuid, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/organisation/roles.ts';
import { users } from './auth.ts';
import { organisations } from './organisations.ts';

/** A person's role in one organisation. One person, many memberships; one role per organisation. */
export const memberships = pgTable(
	'memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role').$type<Role>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('memberships_user_org_uq').on(t.userId, t.organisationId),
		index('memberships_org_idx').on(t.organisationId)
	]
);

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';

/**
 * An invitation by email to join an organisation with a role. Only a hash of the token is kept:
 * the link in the mail is the only copy of the secret.
 */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: text('role').$type<Role>().notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		status: text('status').$type<InvitationStatus>().notNull().default('pending'),
		invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('invitations_org_idx').on(t.organisationId),
		uniqueIndex('invitations_pending_uq')
			.on(t.organisationId, t.email)
			.where(sql`${t.status} = 'pending'`)
	]
);
