import { describe, expect, it } from 'vitest';
import { MAX_COMMENT, parseAnswers } from './answers.ts';
import type { Item } from './items.ts';

const items: Item[] = [
	{ key: 'koers', aspectId: 'koers', aspectName: 'Koers', focus: 'De mate waarin…', options: [] },
	{ key: 'data', aspectId: 'data', aspectName: 'Data', focus: 'De mate waarin…', options: [] }
];
const parse = (form: Record<string, string>) => parseAnswers(form, items, 5, { complete: false });

describe('parseAnswers: comments', () => {
	it('refuses a comment over the limit, naming the field, and keeps nothing of it', () => {
		const result = parse({ 'q:koers': '2', 'c:koers': 'x'.repeat(20_000) });
		expect(result.issues).toEqual([{ field: 'c:koers', message: 'too_long' }]);
		expect(result.comments).toEqual([]);
	});
	it('refuses a comment with a NUL or other control character, naming the field; line breaks stay', () => {
		for (const bad of ['a\u0000b', 'a\u0007b', 'a\u009fb'])
			expect(parse({ 'c:koers': bad }).issues).toEqual([{ field: 'c:koers', message: 'control_character' }]);
		expect(parse({ 'c:koers': 'eerste\r\ntweede\tregel' }).comments).toEqual([
			{ aspectId: 'koers', text: 'eerste\ntweede\tregel' }
		]);
	});
	it('takes a comment of exactly the limit whole', () => {
		const result = parse({ 'c:data': 'y'.repeat(MAX_COMMENT) });
		expect(result.issues).toEqual([]);
		expect(result.comments).toEqual([{ aspectId: 'data', text: 'y'.repeat(MAX_COMMENT) }]);
	});
	it('counts a line break once, as the text area does, though the browser sends two characters', () => {
		const typed = `${'a'.repeat(999)}\n${'b'.repeat(1000)}`;
		expect(typed).toHaveLength(MAX_COMMENT);
		const result = parse({ 'c:koers': typed.replace('\n', '\r\n') });
		expect(result.issues).toEqual([]);
		expect(result.comments[0]?.text).toBe(typed);
	});
});
