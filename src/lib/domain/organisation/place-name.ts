/**
 * DUO writes municipality and place names in capitals (`HORST AAN DE MAAS`, `'S-HERTOGENBOSCH`,
 * `ALTEVEER GEM NOORDENVELD`), which reads as shouting on every school card. The official spelling
 * follows a few rules that recover it for every municipality in the DUO files:
 * - joining words (`aan`, `de`, `den`, `op`, `en`, …) are lower-case, except as the first word
 *   (`De Fryske Marren`, `Den Helder`, `Het Hogeland`);
 * - `'s` and `'t` are always lower-case (`'s-Gravenhage`);
 * - every part of a hyphenated name is capitalised (`Reusel-De Mierden`, `Súdwest-Fryslân`);
 * - the Dutch digraph IJ is capitalised as one letter (`Capelle aan den IJssel`, `Oude IJsselstreek`);
 * - parenthesised province tags keep their capitals (`Bergen (NH.)`), ordinals their lower-case
 *   suffix (`2e Exloermond`), and `c.a.` ("cum annexis") stays lower-case (`Nuenen c.a.`).
 * A name that already has lower-case letters was written by a person and is left alone.
 *
 * The 2022–2026 Windows-1252 releases (02, 03) write seven municipalities without punctuation or
 * accents (`S GRAVENHAGE`, `BERGEN NH`, `SUDWEST-FRYSLAN`) where the UTF-8 release (06) has them right;
 * no rule can put the `'` or `â` back, so those are looked up.
 */

const JOINING_WORDS = new Set(['aan', 'bij', 'de', 'den', 'der', 'en', 'het', 'in', 'op', 'te', 'ten', 'ter', 'van']);
/** Abbreviations that are lower-case wherever they stand: `gem` = "gemeente" in DUO's place names. */
const ALWAYS_LOWER = new Set(["'s", "'t", 'c.a.', 'gem', 'gem.', 'a/d']);

const OFFICIAL_SPELLING: ReadonlyMap<string, string> = new Map([
	['S GRAVENHAGE', "'s-Gravenhage"],
	['S HERTOGENBOSCH', "'s-Hertogenbosch"],
	['BERGEN LB', 'Bergen (L.)'],
	['BERGEN NH', 'Bergen (NH.)'],
	['NUENEN CA', 'Nuenen c.a.'],
	['SUDWEST-FRYSLAN', 'Súdwest-Fryslân'],
	['NOARDEAST-FRYSLAN', 'Noardeast-Fryslân']
]);

export function readablePlaceName(value: string): string {
	const hasLetters = value.toLowerCase() !== value.toUpperCase();
	if (!hasLetters || value !== value.toUpperCase()) return value;
	const words = value.split(/\s+/).filter((word) => word !== '');
	return OFFICIAL_SPELLING.get(words.join(' ')) ?? words.map((word, index) => recaseWord(word, index === 0)).join(' ');
}

function recaseWord(word: string, first: boolean): string {
	if (word.startsWith('(')) return word;
	const lower = word.toLowerCase();
	if (ALWAYS_LOWER.has(lower) || (!first && JOINING_WORDS.has(lower))) return lower;
	return lower
		.split('-')
		.map((part) => (ALWAYS_LOWER.has(part) ? part : capitalise(part)))
		.join('-');
}

function capitalise(part: string): string {
	if (part.startsWith('ij')) return `IJ${part.slice(2)}`;
	// `2e`: an ordinal's letter is a suffix, not the start of a word.
	if (/^[0-9]/.test(part)) return part;
	const first = part.search(/\p{L}/u);
	if (first < 0) return part;
	return part.slice(0, first) + part.charAt(first).toUpperCase() + part.slice(first + 1);
}
