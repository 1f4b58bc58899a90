/**
 * The workers of the job queue: which function handles which queue. Only servers with `JOBS=on` call
 * this; the others only send jobs (through `queue.ts`) and leave the work to those that do.
 */
import type { DatabaseHandle } from '../db/client.ts';
import { QUEUES, type Boss } from './queue.ts';
import { deliverMailJob } from '../mail/worker.ts';
import { recordParticipationJob } from '../reflection/participation-worker.ts';
import { sendActionReminders } from '../plans/action-reminders.ts';

export async function startWorkers(boss: Boss, handle: DatabaseHandle, options: { baseURL: string }): Promise<void> {
	await boss.work(QUEUES.mail, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
		for (const job of jobs) await deliverMailJob(handle.db, job.data);
	});
	await boss.work(QUEUES.participation, { pollingIntervalSeconds: 5, batchSize: 20 }, async (jobs) => {
		for (const job of jobs) await recordParticipationJob(handle.db, job.data);
	});
	await boss.work(QUEUES.actionReminders, { pollingIntervalSeconds: 5 }, async () => {
		await sendActionReminders({ db: handle.db, boss, baseURL: options.baseURL });
	});
}
