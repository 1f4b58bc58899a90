/**
 * Characters no person types into a form: NUL, which PostgreSQL cannot store in text at all, and the
 * other C0 and C1 control characters, which only a script or a broken paste sends. A text area keeps
 * tab and line breaks; a one-line field (a name, a title) keeps none of them, nor the Unicode line and
 * paragraph separators, which would break the line wherever the text is shown or exported.
 */
const IN_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const IN_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function hasControlCharacter(text: string, options: { multiline: boolean }): boolean {
	return (options.multiline ? IN_LINES : IN_ONE_LINE).test(text);
}
