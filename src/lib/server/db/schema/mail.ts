import { pgTable, text, uuid, timestamp, index } from 'drizzle-orm/pg-core';

/**
 * Without SMTP_URL, mail is delivered here instead of to a mail server, and platform admins can
 * read it in the app (the demo's mailbox).
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mail_outbox_created_idx').on(t.createdAt)]
);
