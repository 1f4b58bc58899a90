import { describe, expect, it } from 'vitest';
import { readablePlaceName } from './place-name.ts';

describe('readablePlaceName', () => {
	it.each([
		['NOORDENVELD', 'Noordenveld'],
		['ALTEVEER GEM NOORDENVELD', 'Alteveer gem Noordenveld'],
		['HORST AAN DE MAAS', 'Horst aan de Maas'],
		["'S-HERTOGENBOSCH", "'s-Hertogenbosch"],
		['S HERTOGENBOSCH', "'s-Hertogenbosch"],
		["'T ZAND", "'t Zand"],
		['SÚDWEST-FRYSLÂN', 'Súdwest-Fryslân'],
		['SUDWEST-FRYSLAN', 'Súdwest-Fryslân'],
		['REUSEL-DE MIERDEN', 'Reusel-De Mierden'],
		['DE FRYSKE MARREN', 'De Fryske Marren'],
		['CAPELLE AAN DEN IJSSEL', 'Capelle aan den IJssel'],
		['IJSSELSTEIN', 'IJsselstein'],
		['BERGEN (NH.)', 'Bergen (NH.)'],
		['BERGEN LB', 'Bergen (L.)'],
		['NUENEN C.A.', 'Nuenen c.a.'],
		['2E EXLOERMOND', '2e Exloermond'],
		['WIJK BIJ DUURSTEDE', 'Wijk bij Duurstede'],
		['HENDRIK-IDO-AMBACHT', 'Hendrik-Ido-Ambacht']
	])('%s → %s', (written, readable) => {
		expect(readablePlaceName(written)).toBe(readable);
	});

	it('leaves names a person wrote, and names without letters, alone', () => {
		expect(readablePlaceName('Súdwest-Fryslân')).toBe('Súdwest-Fryslân');
		expect(readablePlaceName('horst aan de maas')).toBe('horst aan de maas');
		expect(readablePlaceName('1699')).toBe('1699');
	});
});
