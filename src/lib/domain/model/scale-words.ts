/**
 * What the interface needs to write correct sentences around a model's own scale word
 * (ADR 012): "op niveau 2" but "in fase 2", "het huidige niveau" but "de huidige fase".
 *
 * A model may say it itself (`scaleLabel.article`, `scaleLabel.preposition`); for the words boards
 * use most, the defaults below say it for them. On a page in another language than the model, the
 * interface uses its own word for the same idea ("level", "phase"): the model's word belongs to
 * the model's language, and "at niveau 2" is neither English nor Dutch.
 */
export const SCALE_ARTICLES = ['de', 'het'] as const;
export type ScaleArticle = (typeof SCALE_ARTICLES)[number];

export const SCALE_PREPOSITIONS = { nl: ['in', 'op', 'bij'], en: ['in', 'at', 'on'] } as const;
export type ScalePreposition = (typeof SCALE_PREPOSITIONS)[keyof typeof SCALE_PREPOSITIONS][number];
export const ALL_SCALE_PREPOSITIONS = [...new Set(Object.values(SCALE_PREPOSITIONS).flat())] as [
	ScalePreposition,
	...ScalePreposition[]
];

export type ScaleLanguage = keyof typeof SCALE_PREPOSITIONS;

/** The idea behind a scale word, so that a page in another language can name it in its own words. */
export type ScaleKind = 'level' | 'phase' | 'step' | 'stage';

export type ScaleWords = {
	language: ScaleLanguage;
	singular: string;
	plural: string;
	/** Dutch only: decides "het huidige niveau" / "de huidige fase" and "een heel" / "een hele". */
	article: ScaleArticle | null;
	preposition: ScalePreposition;
	kind: ScaleKind;
};

type Known = { article: ScaleArticle | null; preposition: ScalePreposition; kind: ScaleKind };

/**
 * Dutch words by their last part, so that compounds follow their head noun: "ontwikkelfase" is a
 * de-word like "fase", "beheersingsniveau" a het-word like "niveau".
 */
const DUTCH: [suffix: string, known: Known][] = [
	['niveau', { article: 'het', preposition: 'op', kind: 'level' }],
	['level', { article: 'het', preposition: 'op', kind: 'level' }],
	['fase', { article: 'de', preposition: 'in', kind: 'phase' }],
	['stap', { article: 'de', preposition: 'in', kind: 'step' }],
	['trede', { article: 'de', preposition: 'op', kind: 'step' }],
	['stadium', { article: 'het', preposition: 'in', kind: 'stage' }]
];

const ENGLISH: [suffix: string, known: Known][] = [
	['level', { article: null, preposition: 'at', kind: 'level' }],
	['phase', { article: null, preposition: 'in', kind: 'phase' }],
	['step', { article: null, preposition: 'at', kind: 'step' }],
	['stage', { article: null, preposition: 'at', kind: 'stage' }]
];

/** The interface's own word for each idea, used when page and model differ in language. */
const INTERFACE: Record<ScaleLanguage, Record<ScaleKind, Omit<ScaleWords, 'language' | 'kind'>>> = {
	nl: {
		level: { singular: 'niveau', plural: 'niveaus', article: 'het', preposition: 'op' },
		phase: { singular: 'fase', plural: 'fasen', article: 'de', preposition: 'in' },
		step: { singular: 'stap', plural: 'stappen', article: 'de', preposition: 'in' },
		stage: { singular: 'stadium', plural: 'stadia', article: 'het', preposition: 'in' }
	},
	en: {
		level: { singular: 'level', plural: 'levels', article: null, preposition: 'at' },
		phase: { singular: 'phase', plural: 'phases', article: null, preposition: 'in' },
		step: { singular: 'step', plural: 'steps', article: null, preposition: 'at' },
		stage: { singular: 'stage', plural: 'stages', article: null, preposition: 'at' }
	}
};

/** What the platform knows about a scale word by itself, or null for a word it does not know. */
export function knownScaleWord(singular: string, language: ScaleLanguage): Known | null {
	const word = singular.trim().toLowerCase();
	const table = language === 'nl' ? DUTCH : ENGLISH;
	return table.find(([suffix]) => word.endsWith(suffix))?.[1] ?? null;
}

export type ScaleLabelInput = {
	singular: string;
	plural: string;
	article?: ScaleArticle | undefined;
	preposition?: ScalePreposition | undefined;
};

/**
 * The model's scale word with everything filled in: what the model says, else what the platform
 * knows of the word, else "de" and the language's most neutral preposition. Validation makes a new
 * Dutch model with an unknown word say it itself, so the last fallback only serves old versions.
 */
export function scaleWordsOf(label: ScaleLabelInput, language: ScaleLanguage): ScaleWords {
	const known = knownScaleWord(label.singular, language);
	return {
		language,
		singular: label.singular,
		plural: label.plural,
		article: language === 'nl' ? (label.article ?? known?.article ?? 'de') : null,
		preposition: label.preposition ?? known?.preposition ?? (language === 'nl' ? 'in' : 'at'),
		kind: known?.kind ?? 'level'
	};
}

/** The words a page in `locale` uses: the model's own in its language, the interface's otherwise. */
export function scaleWordsFor(words: ScaleWords, locale: ScaleLanguage): ScaleWords {
	if (words.language === locale) return words;
	return { language: locale, kind: words.kind, ...INTERFACE[locale][words.kind] };
}

/**
 * A place on the scale as a sentence names it: a whole level, or between two levels for a median
 * that falls between them ("tussen niveau 1 en 2", not "in niveau 1,5").
 */
export type LevelPlace = { kind: 'at'; level: number } | { kind: 'between'; low: number; high: number };

export function levelPlace(value: number): LevelPlace {
	if (Number.isInteger(value)) return { kind: 'at', level: value };
	return { kind: 'between', low: Math.floor(value), high: Math.ceil(value) };
}

/** The scale words of a development model, for the pages that name its levels. */
export function modelScaleWords(model: { scaleLabel: ScaleLabelInput; language: ScaleLanguage }): ScaleWords {
	return scaleWordsOf(model.scaleLabel, model.language);
}
