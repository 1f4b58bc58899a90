/**
 * Characters no person types into a form: NUL, which PostgreSQL cannot store in text at all, and the
 * other C0 and C1 control characters, which only a script or a broken paste sends. A text area keeps
 * tab and line breaks; a one-line field (a name, a title) keeps none of them, nor the Unicode line and
 * paragraph separators, which would break the line wherever the text is shown or exported.
 */
// \p{Cc} is exactly C0, DEL and C1 (U+0000–U+001F, U+007F–U+009F).
const IN_LINES = /(?![\t\n\r])\p{Cc}/u;
const IN_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

export function hasControlCharacter(text: string, options: { multiline: boolean }): boolean {
	return (options.multiline ? IN_LINES : IN_ONE_LINE).test(text);
}
