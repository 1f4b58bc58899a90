/**
 * The single translation point from `AppError` codes to HTTP. Pages render the
 * code through the message catalogue in `+error.svelte`; actions return the field issues so the
 * form can name each field.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { isAppError, type ErrorCode, type FieldIssue } from '../../domain/errors.ts';

export const HTTP_STATUS = {
	not_found: 404,
	unauthenticated: 401,
	forbidden: 403,
	invalid_input: 400,
	conflict: 409,
	closed: 409,
	rate_limited: 429
} as const satisfies Record<ErrorCode, number>;

/** For load functions and endpoints: an AppError becomes an HTTP error page; anything else is a bug. */
export async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (isAppError(e)) error(HTTP_STATUS[e.code], { message: e.code, code: e.code });
		throw e;
	}
}

export type ActionError = { code: ErrorCode; fields: FieldIssue[]; values: Record<string, string> };

/**
 * For form actions: an AppError becomes a failed action the form can show next to its fields,
 * with the submitted `values` (never passwords) so that nothing typed is lost. A resource that is
 * missing or out of bounds still becomes an error page: there is no form to return to.
 */
export async function orActionFailure<T>(
	work: () => Promise<T>,
	values: Record<string, string> = {}
): Promise<T | ActionFailure<ActionError>> {
	try {
		return await work();
	} catch (e) {
		if (isAppError(e)) {
			if (e.code === 'not_found' || e.code === 'forbidden' || e.code === 'unauthenticated') {
				error(HTTP_STATUS[e.code], { message: e.code, code: e.code });
			}
			const fields = e.fields.length > 0 ? e.fields : [{ field: 'form', message: e.code }];
			return fail(HTTP_STATUS[e.code], { code: e.code, fields, values });
		}
		throw e;
	}
}

/**
 * How much of a field is echoed back to a form: far above every field's own limit, so that a text
 * that was too long comes back whole to be shortened, while a flood posted by a script does not.
 */
export const ECHO_LIMIT = 100_000;

/** The submitted text fields worth echoing back to a form, without secrets. */
export function keepValues(form: Record<string, string | string[]>, ...names: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of names) {
		const value = form[name];
		if (typeof value === 'string') out[name] = value.slice(0, ECHO_LIMIT);
	}
	return out;
}

/** The answers of a reflection form (`q:`, `amb:` and `c:` fields), echoed after a failure so nothing is lost. */
export function answerValues(form: Record<string, string | string[]>): Record<string, string> {
	return keepValues(form, ...Object.keys(form).filter((k) => /^(q|amb|c):/.test(k)));
}
