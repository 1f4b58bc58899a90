/** Sentences for the short codes that validation puts on a field. */
import { m } from '../paraglide/messages.js';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../domain/reflection/round.ts';
import { formatCount } from './numbers.ts';
import { YEAR_MAX, YEAR_MIN } from '../schemas/fields.ts';

const TEXT: Record<string, () => string> = {
	required: () => m.field_required(),
	invalid: () => m.field_invalid(),
	invalid_email: () => m.field_invalid_email(),
	too_short: () => m.field_too_short(),
	too_long: () => m.field_too_long(),
	mismatch: () => m.field_mismatch(),
	not_allowed: () => m.field_not_allowed(),
	invalid_credentials: () => m.field_invalid_credentials(),
	email_not_verified: () => m.field_email_not_verified(),
	email_taken: () => m.field_email_taken(),
	invalid_token: () => m.field_invalid_token(),
	last_admin: () => m.field_last_admin(),
	already_member: () => m.field_already_member(),
	wrong_place: () => m.field_wrong_place(),
	focus_count: () => m.field_focus_count(),
	target_above: () => m.field_target_above(),
	plan_exists: () => m.field_plan_exists(),
	due_before_start: () => m.field_due_before_start(),
	too_few: () => m.field_too_few(),
	control_character: () => m.field_control_character(),
	invalid_date: () => m.field_invalid_date({ min: String(YEAR_MIN), max: String(YEAR_MAX) }),
	rate_limited: () => m.error_rate_limited_text(),
	conflict: () => m.error_conflict_text(),
	closed: () => m.error_closed_text(),
	unauthenticated: () => m.error_unauthenticated_text(),
	code_unknown: () => m.code_unknown(),
	threshold_range: () => m.field_threshold_range({ min: formatCount(MIN_THRESHOLD), max: formatCount(MAX_THRESHOLD) })
};

export function fieldErrorText(code: string): string {
	return (TEXT[code] ?? TEXT.invalid!)();
}
