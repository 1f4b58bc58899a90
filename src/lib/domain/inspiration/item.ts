/**
 * An inspiration item: a good example, an approach or a tool that one school, board, partnership,
 * network or the programme shares so that others need not invent it again.
 */
export const ITEM_KINDS = [
	'goed-voorbeeld',
	'goede-aanpak',
	'netwerkportret',
	'kwaliteitskaart',
	'tool',
	'verdieping'
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The registry's sectors plus teacher education, which inspiration is also written for. */
export const ITEM_SECTORS = ['PO', 'SO', 'SBO', 'VSO', 'VO', 'MBO', 'lerarenopleiding'] as const;
export type ItemSector = (typeof ITEM_SECTORS)[number];

export const PROVINCES = [
	'Drenthe',
	'Flevoland',
	'Friesland',
	'Gelderland',
	'Groningen',
	'Limburg',
	'Noord-Brabant',
	'Noord-Holland',
	'Overijssel',
	'Utrecht',
	'Zeeland',
	'Zuid-Holland'
] as const;
export type Province = (typeof PROVINCES)[number];

/** Who may read a published item: everyone, everyone with an account, or one organisation's people. */
export const VISIBILITIES = ['public', 'members', 'organisation'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const ITEM_STATUSES = ['draft', 'submitted', 'in_review', 'published', 'archived'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const DEFAULT_LICENCE = 'CC BY 4.0';

/**
 * What an item helps with: one aspect of one model, and the step from one phase to the next
 * (`from` → `to`, phases numbered from 1 as the model lists its levels).
 */
export type AspectStep = { modelId: string; aspectId: string; from: number; to: number };
