/**
 * Daily, through the job queue: mail the owner of every open action that is due within a week,
 * once per due date (a moved due date gets a new reminder). Runs on whichever app server picks the
 * job up; marking and queueing happen in one transaction, so a reminder is sent exactly once.
 */
import type { Db } from '../db/client.ts';
import type { Boss } from '../jobs/queue.ts';
import { markReminded, openActionsDueBetween } from '../repositories/action-reminders.ts';
import { needsReminder } from '../../domain/plan/plan.ts';
import { addDays, dutchDate } from '../../domain/reflection/round.ts';
import { mails, type Locale } from '../mail/templates.ts';
import { queueMail } from '../mail/send.ts';

export const REMIND_DAYS_AHEAD = 7;

export async function sendActionReminders(
	deps: { db: Db; boss: Boss; baseURL: string },
	today: string = dutchDate(new Date())
): Promise<{ sent: number }> {
	const { db } = deps;
	const until = addDays(today, REMIND_DAYS_AHEAD);
	const due = await openActionsDueBetween(db, today, until);
	let sent = 0;
	for (const action of due) {
		if (!needsReminder(action, today, until) || action.dueOn === null) continue;
		const dueOn = action.dueOn;
		await db.transaction(async (tx) => {
			if (!(await markReminded(tx, action.id, dueOn))) return;
			const locale: Locale = action.locale === 'en' ? 'en' : 'nl';
			await queueMail(
				deps.boss,
				mails.actionReminder(action.email, locale, `${deps.baseURL}/plannen/${action.planId}`, {
					what: action.what,
					school: action.school,
					dueOn
				}),
				tx
			);
			sent++;
		});
	}
	return { sent };
}
