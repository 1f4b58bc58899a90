/**
 * The one error type of the application. Use-cases throw `AppError(code)`; a single
 * table in `src/lib/server/http/errors.ts` maps each code to an HTTP status and a user message.
 *
 * Codes:
 * - `not_found`        the resource does not exist, or the actor may not know that it exists
 * - `unauthenticated`  the operation needs a signed-in person
 * - `forbidden`        the actor is known but may not do this to this resource
 * - `invalid_input`    the input failed validation; `fields` names each field and what is wrong
 * - `conflict`         the operation clashes with the current state (e.g. version already exists)
 * - `closed`           the resource no longer accepts changes (e.g. a closed reflection round)
 * - `rate_limited`     too many attempts; try again later
 */
export const ERROR_CODES = [
	'not_found',
	'unauthenticated',
	'forbidden',
	'invalid_input',
	'conflict',
	'closed',
	'rate_limited'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem: `field` is a form field name or a path such as `aspects[2].name`. */
export type FieldIssue = { field: string; message: string };

export class AppError extends Error {
	readonly code: ErrorCode;
	readonly fields: FieldIssue[];

	constructor(code: ErrorCode, message?: string, fields: FieldIssue[] = []) {
		super(message ?? code);
		this.name = 'AppError';
		this.code = code;
		this.fields = fields;
	}
}

export function isAppError(value: unknown): value is AppError {
	return value instanceof AppError;
}
