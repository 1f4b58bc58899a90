import { describe, expect, it } from 'vitest';
import { levelAtPhrase, levelPhrase, promptText } from './dialogue.ts';
import { levelText } from './levels.ts';
import { scaleWordsOf } from '../domain/model/scale-words.ts';

const fase = levelText(scaleWordsOf({ singular: 'fase', plural: 'fasen' }, 'nl'), 'nl');
const niveau = levelText(scaleWordsOf({ singular: 'niveau', plural: 'niveaus' }, 'nl'), 'nl');

const levels = [
	'Ad hoc, individueel, reactief',
	'Doelgericht, oriënterend, beperkte samenwerking',
	'Planmatig, aandacht voor proces, observeren en verbeteren',
	'Cyclisch en georganiseerd samen leren: synergie, empowerment, eigenaarschap',
	'Innovatie, netwerken, doorgaande lijn, partnerschap'
];

describe('questions name a level by its number and short name', () => {
	it('a wide spread', () => {
		expect(promptText({ kind: 'wide', lowest: 2, highest: 5 }, levels, fase)).toBe(
			"De plaatsingen lopen uiteen van fase 2 (Doelgericht) tot fase 5 (Innovatie). Wat zien de collega's die hoger plaatsen, wat zien zij die lager plaatsen?"
		);
	});

	it('broad agreement', () => {
		expect(promptText({ kind: 'agreement', level: 4 }, levels, fase)).toBe(
			'Het team is het grotendeels eens: fase 4 (Cyclisch en georganiseerd samen leren). Wat is er nodig voor de volgende stap?'
		);
	});

	it("with the model's own scale word, and a number alone when the level has no name", () => {
		expect(levelPhrase(1, ['Beginnend', 'Gevorderd'], niveau)).toBe('niveau 1 (Beginnend)');
		expect(levelPhrase(3, ['Beginnend', 'Gevorderd'], niveau)).toBe('niveau 3');
		expect(levelAtPhrase(1, ['Beginnend', 'Gevorderd'], niveau)).toBe('op niveau 1 (Beginnend)');
		expect(levelAtPhrase(2, levels, fase)).toBe('in fase 2 (Doelgericht)');
	});
});
