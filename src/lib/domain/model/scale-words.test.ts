import { describe, expect, it } from 'vitest';
import { knownScaleWord, levelPlace, scaleWordsFor, scaleWordsOf } from './scale-words.ts';

describe('scaleWordsOf', () => {
	it('knows "niveau" as a het-word one stands on, and "fase" as a de-word one stands in', () => {
		expect(scaleWordsOf({ singular: 'niveau', plural: 'niveaus' }, 'nl')).toEqual({
			language: 'nl',
			singular: 'niveau',
			plural: 'niveaus',
			article: 'het',
			preposition: 'op',
			kind: 'level'
		});
		expect(scaleWordsOf({ singular: 'fase', plural: 'fasen' }, 'nl')).toMatchObject({
			article: 'de',
			preposition: 'in',
			kind: 'phase'
		});
	});

	it('lets compounds follow their last part and ignores capitals', () => {
		expect(knownScaleWord('Ontwikkelfase', 'nl')).toMatchObject({ article: 'de', preposition: 'in' });
		expect(knownScaleWord('beheersingsniveau', 'nl')).toMatchObject({ article: 'het', preposition: 'op' });
		expect(knownScaleWord('trede', 'nl')).toMatchObject({ article: 'de', preposition: 'op', kind: 'step' });
		expect(knownScaleWord('stap', 'nl')).toMatchObject({ article: 'de', preposition: 'in', kind: 'step' });
		expect(knownScaleWord('stadium', 'nl')).toMatchObject({ article: 'het', preposition: 'in', kind: 'stage' });
		expect(knownScaleWord('ontwikkelgebied', 'nl')).toBeNull();
	});

	it('takes what the model says over what the platform knows', () => {
		expect(scaleWordsOf({ singular: 'stap', plural: 'stappen', preposition: 'bij' }, 'nl').preposition).toBe('bij');
		expect(
			scaleWordsOf(
				{ singular: 'ontwikkelgebied', plural: 'ontwikkelgebieden', article: 'het', preposition: 'in' },
				'nl'
			)
		).toMatchObject({ article: 'het', preposition: 'in', kind: 'level' });
	});

	it('has no article in English and stands "at" a level but "in" a phase', () => {
		expect(scaleWordsOf({ singular: 'level', plural: 'levels' }, 'en')).toMatchObject({
			article: null,
			preposition: 'at',
			kind: 'level'
		});
		expect(scaleWordsOf({ singular: 'phase', plural: 'phases' }, 'en').preposition).toBe('in');
		expect(scaleWordsOf({ singular: 'tier', plural: 'tiers' }, 'en')).toMatchObject({
			preposition: 'at',
			kind: 'level'
		});
	});
});

describe('scaleWordsFor', () => {
	const niveau = scaleWordsOf({ singular: 'niveau', plural: 'niveaus' }, 'nl');
	const fase = scaleWordsOf({ singular: 'fase', plural: 'fasen' }, 'nl');
	const stap = scaleWordsOf({ singular: 'stap', plural: 'stappen' }, 'nl');

	it("keeps the model's own word on a page in the model's language", () => {
		expect(scaleWordsFor(niveau, 'nl')).toBe(niveau);
	});

	it("uses the interface's own word on a page in another language", () => {
		expect(scaleWordsFor(niveau, 'en')).toMatchObject({ language: 'en', singular: 'level', preposition: 'at' });
		expect(scaleWordsFor(fase, 'en')).toMatchObject({ singular: 'phase', plural: 'phases', preposition: 'in' });
		expect(scaleWordsFor(stap, 'en')).toMatchObject({ singular: 'step', preposition: 'at' });
		const english = scaleWordsOf({ singular: 'phase', plural: 'phases' }, 'en');
		expect(scaleWordsFor(english, 'nl')).toMatchObject({ singular: 'fase', article: 'de', preposition: 'in' });
	});

	it('names a word it does not know as a level', () => {
		const own = scaleWordsOf(
			{ singular: 'ontwikkelgebied', plural: 'ontwikkelgebieden', article: 'het', preposition: 'in' },
			'nl'
		);
		expect(scaleWordsFor(own, 'en')).toMatchObject({ singular: 'level', plural: 'levels' });
	});
});

describe('levelPlace', () => {
	it('places a whole number on its level and a half between two levels', () => {
		expect(levelPlace(2)).toEqual({ kind: 'at', level: 2 });
		expect(levelPlace(1.5)).toEqual({ kind: 'between', low: 1, high: 2 });
		expect(levelPlace(2.5)).toEqual({ kind: 'between', low: 2, high: 3 });
	});
});
