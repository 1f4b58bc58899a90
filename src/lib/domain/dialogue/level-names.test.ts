import { describe, expect, it } from 'vitest';
import { shortLevelName } from './level-names.ts';

describe('a level named in a sentence', () => {
	it('takes the name up to its first list of traits', () => {
		expect(shortLevelName('Ad hoc, individueel, reactief')).toBe('Ad hoc');
		expect(shortLevelName('Doelgericht, oriënterend, beperkte samenwerking')).toBe('Doelgericht');
		expect(shortLevelName('Cyclisch en georganiseerd samen leren: synergie, empowerment, eigenaarschap')).toBe(
			'Cyclisch en georganiseerd samen leren'
		);
		expect(shortLevelName('Innovatie; netwerken')).toBe('Innovatie');
		expect(shortLevelName('Basis – nog zoekend')).toBe('Basis');
		expect(shortLevelName('Gevorderd (met partners)')).toBe('Gevorderd');
	});

	it('keeps a short name whole, hyphenated words too', () => {
		expect(shortLevelName('Lerende organisatie')).toBe('Lerende organisatie');
		expect(shortLevelName('Voorbeeld en vernieuwer')).toBe('Voorbeeld en vernieuwer');
		expect(shortLevelName('Start-fase')).toBe('Start-fase');
		expect(shortLevelName('  Beginfase ')).toBe('Beginfase');
	});

	it('never makes a name empty', () => {
		expect(shortLevelName(', vreemd')).toBe(', vreemd');
	});
});
