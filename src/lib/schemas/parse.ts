/**
 * Form input goes through a schema at the boundary. A failure becomes one
 * `invalid_input` AppError whose field issues carry a short code the form turns into a sentence.
 */
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../domain/errors.ts';

export const FIELD_CODES = [
	'required',
	'invalid',
	'invalid_email',
	'too_short',
	'too_long',
	'mismatch',
	'not_allowed',
	'invalid_credentials',
	'email_not_verified',
	'email_taken',
	'invalid_token',
	'last_admin',
	'already_member',
	'wrong_place',
	'focus_count',
	'target_above',
	'plan_exists',
	'due_before_start',
	'too_few',
	'control_character',
	'invalid_date',
	'threshold_range'
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

function codeOf(issue: z.core.$ZodIssue): FieldCode {
	// A schema that names its own code for a check (e.g. a threshold's range) keeps it.
	if ((FIELD_CODES as readonly string[]).includes(issue.message)) return issue.message as FieldCode;
	switch (issue.code) {
		case 'too_small':
			return issue.minimum === 1 ? 'required' : 'too_short';
		case 'too_big':
			return 'too_long';
		case 'invalid_format':
			return issue.format === 'email' ? 'invalid_email' : 'invalid';
		case 'invalid_type':
			return issue.input === undefined || issue.input === '' ? 'required' : 'invalid';
		case 'invalid_value':
			return 'not_allowed';
		case 'custom':
			return (FIELD_CODES as readonly string[]).includes(issue.message) ? (issue.message as FieldCode) : 'invalid';
		default:
			return 'invalid';
	}
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
	const seen = new Set<string>();
	const out: FieldIssue[] = [];
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		if (seen.has(field)) continue;
		seen.add(field);
		out.push({ field, message: codeOf(issue) });
	}
	return out;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const result = schema.safeParse(input);
	if (!result.success) throw new AppError('invalid_input', 'invalid_input', fieldIssues(result.error));
	return result.data;
}

/** Form data as a plain object; repeated names become arrays. Files are left out. */
export function formObject(data: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of data.entries()) {
		if (typeof value !== 'string') continue;
		const existing = out[key];
		out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return out;
}
