/**
 * The single translation point from `AppError` codes to HTTP (STYLE habit 4). Pages render the
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

export type ActionError = { code: ErrorCode; fields: FieldIssue[] };

/** For form actions: an AppError becomes a failed action the form can show next to its fields. */
export async function orActionFailure<T>(work: () => Promise<T>): Promise<T | ActionFailure<ActionError>> {
	try {
		return await work();
	} catch (e) {
		if (isAppError(e)) {
			if (e.code === 'not_found' || e.code === 'forbidden')
				error(HTTP_STATUS[e.code], { message: e.code, code: e.code });
			return fail(HTTP_STATUS[e.code], { code: e.code, fields: e.fields });
		}
		throw e;
	}
}
