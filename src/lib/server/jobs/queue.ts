/**
 * Background work (mail, participation, reminders of due actions) goes through pg-boss, a PostgreSQL job
 * queue: jobs survive restarts, are retried, and any app server on the same database can run them.
 * On the embedded database pg-boss runs on the same PGlite instance.
 *
 * This module only starts the queue and names its queues, so that anything may send a job without
 * importing the workers (which themselves send mail): `workers.ts` wires the workers.
 */
import { PgBoss, fromPglite } from 'pg-boss';
import type { DatabaseHandle } from '../db/client.ts';

export const QUEUES = { mail: 'mail', participation: 'participation', actionReminders: 'action-reminders' } as const;

export type Boss = PgBoss;

export async function startQueue(handle: DatabaseHandle): Promise<PgBoss> {
	const boss =
		handle.driver === 'pglite'
			? new PgBoss({ db: fromPglite(handle.client), schema: 'pgboss' })
			: new PgBoss({ connectionString: handle.url, max: 3, schema: 'pgboss' });
	boss.on('error', (error) => console.error('job queue:', error));
	await boss.start();
	await boss.createQueue(QUEUES.mail, { retryLimit: 6, retryDelay: 20, retryBackoff: true, expireInSeconds: 120 });
	await boss.createQueue(QUEUES.participation, { retryLimit: 6, retryDelay: 30, retryBackoff: true });
	await boss.createQueue(QUEUES.actionReminders, { retryLimit: 3, retryDelay: 300, expireInSeconds: 600 });
	// Every morning; pg-boss makes sure one server sends it, however many run.
	await boss.schedule(QUEUES.actionReminders, '0 7 * * *', null, { tz: 'Europe/Amsterdam' });
	return boss;
}
