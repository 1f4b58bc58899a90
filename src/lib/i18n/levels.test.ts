import { describe, expect, it } from 'vitest';
import { capitalise, levelText } from './levels.ts';
import { scaleWordsOf } from '../domain/model/scale-words.ts';

const niveau = scaleWordsOf({ singular: 'niveau', plural: 'niveaus' }, 'nl');
const fase = scaleWordsOf({ singular: 'fase', plural: 'fasen' }, 'nl');
const stap = scaleWordsOf({ singular: 'stap', plural: 'stappen' }, 'nl');
const english = scaleWordsOf({ singular: 'stage', plural: 'stages' }, 'en');

describe('levelText in Dutch', () => {
	it('writes "niveau" as a het-word one stands on', () => {
		const t = levelText(niveau, 'nl');
		expect([t.word, t.plural]).toEqual(['niveau', 'niveaus']);
		expect(t.named(2)).toBe('niveau 2');
		expect(t.at(2)).toBe('op niveau 2');
		expect(t.at(1.5)).toBe('tussen niveau 1 en 2');
		expect(t.named(2.5)).toBe('tussen niveau 2 en 3');
		expect(t.atWithName(3, 'Borgen')).toBe('op niveau 3 (Borgen)');
		expect(t.namedWithName(3, 'Borgen')).toBe('niveau 3 (Borgen)');
		expect(t.current).toBe('het huidige niveau');
		expect(t.currentBare).toBe('huidig niveau');
		expect(t.whole).toBe('een heel niveau');
		expect(t.middle).toBe('het middelste niveau');
		expect(t.atHighest).toBe('op het hoogste niveau');
		expect(t.target).toBe('het gewenste niveau');
		expect(t.next).toBe('het volgende niveau');
		expect(t.targetBare).toBe('gewenst niveau');
		expect(t.agreedBare).toBe('afgesproken niveau');
	});

	it('writes "fase" as a de-word one stands in', () => {
		const t = levelText(fase, 'nl');
		expect(t.named(2)).toBe('fase 2');
		expect(t.at(2)).toBe('in fase 2');
		expect(t.at(1.5)).toBe('tussen fase 1 en 2');
		expect(t.atWithName(3, 'Innovatie')).toBe('in fase 3 (Innovatie)');
		expect(t.current).toBe('de huidige fase');
		expect(t.currentBare).toBe('huidige fase');
		expect(t.whole).toBe('een hele fase');
		expect(t.middle).toBe('de middelste fase');
		expect(t.atHighest).toBe('in de hoogste fase');
		expect(t.target).toBe('de gewenste fase');
		expect(t.next).toBe('de volgende fase');
		expect(t.targetBare).toBe('gewenste fase');
		expect(t.agreedBare).toBe('afgesproken fase');
	});

	it("follows the model's own preposition", () => {
		const bij = scaleWordsOf({ singular: 'stap', plural: 'stappen', preposition: 'bij' }, 'nl');
		expect(levelText(bij, 'nl').at(2)).toBe('bij stap 2');
		expect(levelText(bij, 'nl').atHighest).toBe('bij de hoogste stap');
	});
});

describe('levelText on an English page', () => {
	it("uses the interface's own English word for a Dutch model", () => {
		const t = levelText(niveau, 'en');
		expect([t.word, t.plural]).toEqual(['level', 'levels']);
		expect(t.at(2)).toBe('at level 2');
		expect(t.at(1.5)).toBe('between level 1 and 2');
		expect(t.current).toBe('the current level');
		expect(t.currentBare).toBe('current level');
		expect(t.whole).toBe('a whole level');
		expect(t.middle).toBe('the middle level');
		expect(t.atHighest).toBe('at the highest level');
		expect(t.target).toBe('the target level');
		expect(t.next).toBe('the next level');
		expect(t.targetBare).toBe('target level');
		expect(t.agreedBare).toBe('agreed level');
		expect(levelText(fase, 'en').at(2)).toBe('in phase 2');
		expect(levelText(fase, 'en').atHighest).toBe('in the highest phase');
		expect(levelText(stap, 'en').at(2)).toBe('at step 2');
	});

	it("keeps an English model's own word, and names it in Dutch on a Dutch page", () => {
		expect(levelText(english, 'en').at(2)).toBe('at stage 2');
		expect(levelText(english, 'nl').at(2)).toBe('in stadium 2');
		expect(levelText(english, 'nl').current).toBe('het huidige stadium');
	});
});

describe('capitalise', () => {
	it('starts a sentence or a label with a capital', () => {
		expect(capitalise('het huidige niveau')).toBe('Het huidige niveau');
		expect(capitalise('huidige fase')).toBe('Huidige fase');
	});
});
