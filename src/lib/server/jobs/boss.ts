/**
 * Background work (mail, participation, reminders of due actions) goes through pg-boss, a PostgreSQL job
 * queue: jobs survive restarts, are retried, and any app server on the same database can run them.
 * On the embedded database pg-boss runs on the same PGlite instance.
 */
import { PgBoss, fromDrizzle, fromPglite } from 'pg-boss';
import { is, SQL, sql } from 'drizzle-orm';
import type { DatabaseHandle, Tx } from '../db/client.ts';

export const QUEUES = { mail: 'mail', participation: 'participation', actionReminders: 'action-reminders' } as const;

export type Boss = PgBoss;

export async function startBoss(handle: DatabaseHandle, options: { work: boolean; baseURL: string }): Promise<PgBoss> {
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
	if (options.work) {
		const { deliverMailJob } = await import('../mail/worker.ts');
		await boss.work(QUEUES.mail, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
			for (const job of jobs) await deliverMailJob(handle.db, job.data);
		});
		const { recordParticipationJob } = await import('../reflection/participation-worker.ts');
		await boss.work(QUEUES.participation, { pollingIntervalSeconds: 5, batchSize: 20 }, async (jobs) => {
			for (const job of jobs) await recordParticipationJob(handle.db, job.data);
		});
		const { sendActionReminders } = await import('../plans/action-reminders.ts');
		await boss.work(QUEUES.actionReminders, { pollingIntervalSeconds: 5 }, async () => {
			await sendActionReminders({ db: handle.db, boss, baseURL: options.baseURL });
		});
	}
	return boss;
}

/** Enqueue inside the caller's transaction, so a job exists exactly when the change that caused it does. */
export function inTransaction(tx: Tx): { db: ReturnType<typeof fromDrizzle> } {
	const adapter = {
		execute: async (query: unknown): Promise<{ rows: unknown[] }> => {
			// pg-boss builds its statements with the `sql` tag handed to it below.
			if (!is(query, SQL)) throw new TypeError('pg-boss passed a query that is not a drizzle SQL object');
			const result: unknown = await tx.execute(query);
			if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))
				return { rows: result.rows };
			throw new TypeError('unexpected result from the database driver');
		}
	};
	return { db: fromDrizzle(adapter, sql) };
}
