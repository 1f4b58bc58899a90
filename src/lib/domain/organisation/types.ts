export const ORGANISATION_KINDS = [
	'board',
	'school',
	'cluster',
	'partnership',
	'network',
	'institute',
	'programme'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Sectors as the Dutch school registry names them. */
export const SECTORS = ['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO'] as const;
export type Sector = (typeof SECTORS)[number];

export const TRAINING_SCHOOL_STATUSES = ['opleidingsschool', 'academische-opleidingsschool'] as const;
export type TrainingSchoolStatus = (typeof TRAINING_SCHOOL_STATUSES)[number];

/** BRIN: two digits and two capital letters (e.g. 12AB); a location adds a two-digit number. */
export const BRIN_PATTERN = /^[0-9]{2}[A-Z]{2}$/;
export const LOCATION_PATTERN = /^[0-9]{2}$/;

export function schoolCode(brin: string, locationNumber: string): string {
	return `${brin}${locationNumber}`;
}
