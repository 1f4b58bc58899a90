import { z } from 'zod';
import { ID_PATTERN } from '../domain/model/format.ts';
import { ACTION_STATUSES, MOMENT_KINDS } from '../domain/plan/plan.ts';
import { isSchoolYear } from '../domain/plan/school-year.ts';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)), 'invalid');
const optionalDate = z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate.nullable());
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/**
 * Text from a text area, measured as the text area counts it: a browser sends each line break as two
 * characters, so a note that fits on the page would otherwise be refused as too long.
 */
const areaText = <S extends z.ZodType>(schema: S) =>
	z.preprocess((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v), schema);
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
	description: areaText(z.string().trim().max(2000))
});

export const actionInput = z
	.object({
		actionId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()),
		goalId: z.uuid(),
		what: areaText(z.string().trim().min(1).max(1000)),
		ownerId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid().nullable()),
		startsOn: optionalDate,
		dueOn: optionalDate,
		status: z.enum(ACTION_STATUSES).default('planned')
	})
	.refine((v) => v.dueOn === null || v.startsOn === null || v.dueOn >= v.startsOn, {
		path: ['dueOn'],
		message: 'due_before_start'
	});

export const removeActionInput = z.object({ actionId: z.uuid() });

export const momentInput = z.object({
	kind: z.enum(MOMENT_KINDS),
	heldOn: isoDate,
	notes: areaText(z.string().trim().min(1).max(8000))
});

export const planCommentInput = z.object({ text: areaText(z.string().trim().min(1).max(4000)) });

export const feedbackInput = z.object({
	youSaid: areaText(z.string().trim().min(1).max(8000)),
	weWill: areaText(z.string().trim().min(1).max(8000)),
	publish: z.preprocess((v) => v === 'on' || v === 'true', z.boolean())
});
