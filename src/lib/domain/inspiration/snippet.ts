/**
 * Search hits come back from the database with markers around the matched words. The interface
 * shows them as marked text, never as HTML: a body may contain anything its author typed.
 */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

const MARKER = new RegExp(`([${HIT_START}${HIT_END}])`, 'u');

export type SnippetPart = { text: string; hit: boolean };

export function snippetParts(marked: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let hit = false;
	for (const piece of marked.split(MARKER)) {
		if (piece === HIT_START) hit = true;
		else if (piece === HIT_END) hit = false;
		else if (piece) parts.push({ text: piece, hit });
	}
	return parts;
}
