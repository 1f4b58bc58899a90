import { getLocale } from '../paraglide/runtime.js';

/** A calendar date (YYYY-MM-DD) as people write it, in the interface language. */
export function formatDate(isoDate: string, style: 'medium' | 'long' = 'medium'): string {
	return new Intl.DateTimeFormat(getLocale() === 'nl' ? 'nl-NL' : 'en-GB', {
		dateStyle: style,
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T12:00:00Z`));
}
