import { getLocale } from '../paraglide/runtime.js';

/** A level or median: whole numbers as they are, halves with one decimal in the interface language. */
export function formatLevel(value: number | null | undefined): string {
	if (value === null || value === undefined) return '–';
	return new Intl.NumberFormat(getLocale() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

export function formatShare(value: number | null | undefined): string {
	if (value === null || value === undefined) return '–';
	return new Intl.NumberFormat(getLocale() === 'nl' ? 'nl-NL' : 'en-GB', {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(value);
}

/** A count as people read it: 2.000 in Dutch, 2,000 in English. */
export function formatCount(value: number): string {
	return new Intl.NumberFormat(getLocale() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
}

/** A whole percentage as the report's tables print it (the same number its chart and CSV show). */
export function formatPercent(value: number | null | undefined): string {
	return value === null || value === undefined ? '–' : formatShare(value / 100);
}
