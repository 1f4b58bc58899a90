/**
 * Search hits come back from the database with markers around the matched words. The interface
 * shows them as marked text, never as HTML: a body may contain anything its author typed.
 */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

const MARKER = new RegExp(`([${HIT_START}${HIT_END}])`, 'u');

export type SnippetPart = { text: string; hit: boolean };

/**
 * A snippet is cut from Markdown: its marks (headings, emphasis, list bullets, link addresses) are
 * taken out so that the reader sees the words.
 */
export function withoutMarkdown(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(^|\s)#{1,6}\s+/g, '$1')
		.replace(/(^|\s)(?:[-+>]|\d+\.)\s+/g, '$1')
		.replace(/\*{1,3}|_{2,3}|`+/g, '')
		.replace(/\s+/g, ' ');
}

export function snippetParts(marked: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let hit = false;
	for (const piece of withoutMarkdown(marked).split(MARKER)) {
		if (piece === HIT_START) hit = true;
		else if (piece === HIT_END) hit = false;
		else if (piece) parts.push({ text: piece, hit });
	}
	return parts;
}
