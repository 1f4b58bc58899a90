/**
 * A level's short name, for sentences: its name up to the first comma, colon, semicolon, bracket or
 * dash ("Doelgericht, oriënterend, beperkte samenwerking" → "Doelgericht"). Some models name their
 * levels with a whole list of traits; mid-sentence that reads as a list, not as one level, so
 * sentences name a level by its number and this short name while tables keep the full name.
 */
export function shortLevelName(name: string): string {
	const short = (name.split(/[,:;(]|\s[–—-]\s/)[0] ?? '').trim();
	return short === '' ? name.trim() : short;
}
