/**
 * A development plan (ontwikkelplan): per school and school year two or three focus aspects, each with
 * a target phase; actions with an owner, dates and a status; and the moments of the cycle — start,
 * voortgang, evaluatie. Pure rules; the database keeps the rows.
 */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MOMENT_KINDS = ['start', 'progress', 'evaluation'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** "Choose two or three focus aspects": more would spread a team too thin. */
export const MIN_FOCUS = 2;
export const MAX_FOCUS = 3;

export type FocusChoice = { aspectId: string; current: number; target: number };
export type FocusIssue = { field: string; message: 'focus_count' | 'invalid' | 'not_allowed' | 'target_above' };

/**
 * Checks a choice of focus aspects against the model: known aspects, each once, a current phase on
 * the scale and a target above it (a goal is always a next phase, never where one already is).
 * With `aspects` fewer than MIN_FOCUS (a model with a single aspect), one is enough.
 */
export function checkFocus(choices: FocusChoice[], model: { scale: number; aspects: string[] }): FocusIssue[] {
	const issues: FocusIssue[] = [];
	const min = Math.min(MIN_FOCUS, model.aspects.length);
	if (choices.length < min || choices.length > MAX_FOCUS) issues.push({ field: 'focus', message: 'focus_count' });
	const seen = new Set<string>();
	for (const c of choices) {
		if (!model.aspects.includes(c.aspectId) || seen.has(c.aspectId)) {
			issues.push({ field: 'focus', message: 'not_allowed' });
			continue;
		}
		seen.add(c.aspectId);
		const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= model.scale;
		if (!valid(c.current)) issues.push({ field: `current-${c.aspectId}`, message: 'invalid' });
		else if (!valid(c.target) || c.target <= c.current)
			issues.push({ field: `target-${c.aspectId}`, message: 'target_above' });
	}
	return issues;
}

/**
 * Where a school stands on an aspect, as a whole phase, from the median over the shown layers: a
 * median between two phases (2.5) counts as the lower one — a school is in phase 3 once it is there.
 */
export function currentPhase(median: number | null, scale: number): number | null {
	if (median === null || !Number.isFinite(median)) return null;
	return Math.min(scale, Math.max(1, Math.floor(median)));
}

export type ActionLike = { status: ActionStatus; dueOn: string | null };

/** How far a plan's actions are: done, still open, and overdue (open past their due date). */
export function progressOf(
	actions: ActionLike[],
	today: string
): { total: number; done: number; open: number; overdue: number } {
	const counted = actions.filter((a) => a.status !== 'dropped');
	const done = counted.filter((a) => a.status === 'done').length;
	const overdue = counted.filter((a) => a.status !== 'done' && a.dueOn !== null && a.dueOn < today).length;
	return { total: counted.length, done, open: counted.length - done, overdue };
}

/** Whether an action's owner should be reminded today: open, due within `days`, not yet reminded for this date. */
export function needsReminder(
	action: ActionLike & { ownerId: string | null; remindedFor: string | null },
	today: string,
	dueWithin: string
): boolean {
	return (
		action.ownerId !== null &&
		(action.status === 'planned' || action.status === 'in_progress') &&
		action.dueOn !== null &&
		action.dueOn >= today &&
		action.dueOn <= dueWithin &&
		action.remindedFor !== action.dueOn
	);
}

/**
 * What a plan copied into the next school year takes along: its goals, and the actions not yet done
 * (back to "planned", without dates — the new year gets its own). Finished and dropped actions, the
 * moments and the comments stay with the old plan.
 */
export function carriedOver<A extends { status: ActionStatus; startsOn: string | null; dueOn: string | null }>(
	actions: A[]
): (A & { status: 'planned'; startsOn: null; dueOn: null })[] {
	return actions
		.filter((a) => a.status === 'planned' || a.status === 'in_progress')
		.map((a) => ({ ...a, status: 'planned' as const, startsOn: null, dueOn: null }));
}
