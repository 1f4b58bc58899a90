import { z } from 'zod';
import { ID_PATTERN } from '../domain/model/format.ts';
import { ACTION_STATUSES, MOMENT_KINDS } from '../domain/plan/plan.ts';
import { isSchoolYear } from '../domain/plan/school-year.ts';
import { calendarDate, optionalCalendarDate, text } from './fields.ts';
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const level = z.coerce.number().int().min(1).max(10);

export const planId = z.uuid();
export const schoolYear = z.string().refine(isSchoolYear, 'invalid');

/**
 * The focus form: the chosen aspects (`focus`), and per aspect `current-<id>` and `target-<id>`.
 * The domain checks the choice against the model (`checkFocus`).
 */
export const planStartInput = z.object({
	schoolYear,
	focus: z.preprocess(list, z.array(z.string().regex(ID_PATTERN).max(80)).max(40))
});

export function focusLevels(form: Record<string, unknown>, aspectId: string): { current: number; target: number } {
	const read = (key: string) => {
		const parsed = level.safeParse(form[`${key}-${aspectId}`]);
		return parsed.success ? parsed.data : 0;
	};
	return { current: read('current'), target: read('target') };
}

export const goalInput = z.object({
	goalId: z.uuid(),
	targetLevel: level,
	description: text({ max: 2000, multiline: true })
});

export const actionInput = z
	.object({
		actionId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()),
		goalId: z.uuid(),
		what: text({ max: 1000, required: true, multiline: true }),
		ownerId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid().nullable()),
		startsOn: optionalCalendarDate(),
		dueOn: optionalCalendarDate(),
		status: z.enum(ACTION_STATUSES).default('planned')
	})
	.refine((v) => v.dueOn === null || v.startsOn === null || v.dueOn >= v.startsOn, {
		path: ['dueOn'],
		message: 'due_before_start'
	});

export const removeActionInput = z.object({ actionId: z.uuid() });

export const momentInput = z.object({
	kind: z.enum(MOMENT_KINDS),
	heldOn: calendarDate(),
	notes: text({ max: 8000, required: true, multiline: true })
});

export const planCommentInput = z.object({ text: text({ max: 4000, required: true, multiline: true }) });

export const feedbackInput = z.object({
	youSaid: text({ max: 8000, required: true, multiline: true }),
	weWill: text({ max: 8000, required: true, multiline: true }),
	publish: z.preprocess((v) => v === 'on' || v === 'true', z.boolean())
});

/** An inspiration item named as the source of one of a plan's actions. */
export const actionSourceInput = z.object({ actionId: z.uuid(), itemId: z.uuid() });
