import type { PgBoss } from 'pg-boss';
import type { Tx } from '../db/client.ts';
import { QUEUES } from '../jobs/queue.ts';
import { inTransaction } from '../jobs/in-transaction.ts';
import type { Mail } from './templates.ts';
import type { MailJob } from './worker.ts';

/** Queue a mail; pass the transaction when the mail belongs to a change being saved. */
export async function queueMail(boss: PgBoss, mail: Mail, tx?: Tx): Promise<void> {
	const job: MailJob = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html };
	await boss.send(QUEUES.mail, job, tx ? inTransaction(tx) : undefined);
}
