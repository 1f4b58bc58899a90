/**
 * Daily, through the job queue: mail the owner of every open action that is due within a week,
 * once per due date (a moved due date gets a new reminder). Runs on whichever app server picks the
 * job up; marking and queueing happen in one transaction, so a reminder is sent exactly once.
 */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Boss } from '../jobs/boss.ts';
import { organisations, planActions, plans, users } from '../db/schema/index.ts';
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
	const due = await db
		.select({
			id: planActions.id,
			planId: planActions.planId,
			what: planActions.what,
			ownerId: planActions.ownerId,
			status: planActions.status,
			dueOn: planActions.dueOn,
			remindedFor: planActions.remindedFor,
			email: users.email,
			locale: users.locale,
			school: organisations.name
		})
		.from(planActions)
		.innerJoin(plans, eq(plans.id, planActions.planId))
		.innerJoin(organisations, eq(organisations.id, plans.organisationId))
		.innerJoin(users, eq(users.id, planActions.ownerId))
		.where(
			and(
				isNotNull(planActions.ownerId),
				inArray(planActions.status, ['planned', 'in_progress']),
				gte(planActions.dueOn, today),
				lte(planActions.dueOn, until)
			)
		);
	let sent = 0;
	for (const action of due) {
		if (!needsReminder(action, today, until) || action.dueOn === null) continue;
		const dueOn = action.dueOn;
		await db.transaction(async (tx) => {
			const marked = await tx
				.update(planActions)
				.set({ remindedFor: dueOn })
				.where(and(eq(planActions.id, action.id), eq(planActions.dueOn, dueOn)))
				.returning({ id: planActions.id });
			if (marked.length === 0) return;
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
