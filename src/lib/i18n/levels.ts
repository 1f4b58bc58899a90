/**
 * Phrases that name a level of a model's scale, in correct Dutch or English (ADR 012): the one
 * place pages, PDF and CSV get "op niveau 2", "de huidige fase" or "tussen niveau 1 en 2" from.
 * Messages that need one take the finished phrase as a parameter.
 */
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { levelPlace, scaleWordsFor, type ScaleWords } from '../domain/model/scale-words.ts';

type Locale = 'nl' | 'en';

export type LevelText = {
	/** The word and its plural as this page writes them ("niveau", "niveaus"). */
	word: string;
	plural: string;
	/** "niveau 2"; for a median between two levels "tussen niveau 1 en 2". */
	named: (value: number) => string;
	/** "op niveau 2", "in fase 2"; between two levels as `named`. */
	at: (value: number) => string;
	/** "op niveau 3 (Borgen)": a level with the model's name for it. */
	atWithName: (level: number, name: string) => string;
	/** "niveau 3 (Borgen)". */
	namedWithName: (level: number, name: string) => string;
	/** "het huidige niveau" / "de huidige fase". */
	current: string;
	/** Without article, as a label starts: "huidig niveau" / "huidige fase". */
	currentBare: string;
	/** "een heel niveau" / "een hele fase". */
	whole: string;
	/** "het middelste niveau" / "de middelste fase". */
	middle: string;
	/** "op het hoogste niveau" / "in de hoogste fase". */
	atHighest: string;
	/** "het gewenste niveau" / "de gewenste fase". */
	target: string;
	/** "het volgende niveau" / "de volgende fase". */
	next: string;
	/** "gewenst niveau" / "gewenste fase". */
	targetBare: string;
	/** "afgesproken niveau". */
	agreedBare: string;
};

const pageLocale = (): Locale => (getLocale() === 'en' ? 'en' : 'nl');

export function levelText(scale: ScaleWords, locale: Locale = pageLocale()): LevelText {
	const w = scaleWordsFor(scale, locale);
	const o = { locale };
	const word = w.singular;
	const grammar = { word, article: w.article ?? '', preposition: w.preposition };
	const named = (value: number) => {
		const place = levelPlace(value);
		return place.kind === 'at'
			? m.level_named({ word, number: place.level }, o)
			: m.level_between({ word, low: place.low, high: place.high }, o);
	};
	const at = (value: number) => {
		const place = levelPlace(value);
		return place.kind === 'at' ? m.level_at({ ...grammar, number: place.level }, o) : named(value);
	};
	return {
		word,
		plural: w.plural,
		named,
		at,
		atWithName: (level, name) => m.level_with_name({ level: at(level), name }, o),
		namedWithName: (level, name) => m.level_with_name({ level: named(level), name }, o),
		current: m.level_the_current(grammar, o),
		currentBare: m.level_current_bare(grammar, o),
		whole: m.level_a_whole(grammar, o),
		middle: m.level_the_middle(grammar, o),
		atHighest: m.level_at_the_highest(grammar, o),
		target: m.level_the_target(grammar, o),
		next: m.level_the_next(grammar, o),
		targetBare: m.level_target_bare(grammar, o),
		agreedBare: m.level_agreed_bare(grammar, o)
	};
}

/** For a phrase at the start of a sentence or a label: "Het huidige niveau is …". */
export function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
