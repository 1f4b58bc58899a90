/** Labels for the plan's statuses and moments, from the message catalogue. */
import { m } from '../paraglide/messages.js';
import type { ActionStatus, MomentKind } from '../domain/plan/plan.ts';

const STATUS = {
	planned: () => m.plan_status_planned(),
	in_progress: () => m.plan_status_in_progress(),
	done: () => m.plan_status_done(),
	dropped: () => m.plan_status_dropped()
} satisfies Record<ActionStatus, () => string>;

const MOMENT = {
	start: () => m.plan_moment_start(),
	progress: () => m.plan_moment_progress(),
	evaluation: () => m.plan_moment_evaluation()
} satisfies Record<MomentKind, () => string>;

export function actionStatusLabel(status: ActionStatus): string {
	return STATUS[status]();
}

export function momentLabel(kind: MomentKind): string {
	return MOMENT[kind]();
}
