/**
 * Reading a respondent's form into answers, checked against the round's questions. Anything that
 * does not fit — an unknown question, a level outside the scale, an oversized comment — is an issue
 * naming the field, and nothing of the submission is saved.
 */
import type { Item } from './items.ts';
import { hasControlCharacter } from '../text/control-characters.ts';

export const MAX_COMMENT = 2000;
export const DONT_KNOW = 'weet-niet';

export type Answer = { item: string; level: number | null; dontKnow: boolean; ambition: number | null };
export type Comment = { aspectId: string; text: string };
export type AnswerIssue = {
	field: string;
	message: 'not_allowed' | 'too_long' | 'invalid' | 'required' | 'control_character';
};
export type ParsedAnswers = { answers: Answer[]; comments: Comment[]; issues: AnswerIssue[] };

/** Field names: `q:<item>` (a level or `weet-niet`), `amb:<aspect>` (a level), `c:<aspect>` (text). */
export function parseAnswers(
	form: Record<string, string | string[]>,
	items: Item[],
	scale: number,
	options: { complete: boolean }
): ParsedAnswers {
	const issues: AnswerIssue[] = [];
	const answers: Answer[] = [];
	const comments: Comment[] = [];
	const itemKeys = new Set(items.map((i) => i.key));
	const aspectIds = new Set(items.map((i) => i.aspectId));
	const ambitions = new Map<string, number>();
	const level = (raw: string): number | undefined => {
		if (!/^[0-9]{1,2}$/.test(raw)) return undefined;
		const n = Number(raw);
		return n >= 1 && n <= scale ? n : undefined;
	};

	for (const [field, value] of Object.entries(form)) {
		const [kind, key] = field.split(/:(.*)/s);
		if (kind !== 'q' && kind !== 'amb' && kind !== 'c') continue;
		if (typeof value !== 'string') {
			issues.push({ field, message: 'invalid' });
			continue;
		}
		if (kind === 'q') {
			if (!key || !itemKeys.has(key)) issues.push({ field, message: 'not_allowed' });
			else if (value === DONT_KNOW) answers.push({ item: key, level: null, dontKnow: true, ambition: null });
			else if (value !== '') {
				const n = level(value);
				if (n === undefined) issues.push({ field, message: 'not_allowed' });
				else answers.push({ item: key, level: n, dontKnow: false, ambition: null });
			}
		} else if (kind === 'amb') {
			if (!key || !aspectIds.has(key)) issues.push({ field, message: 'not_allowed' });
			else if (value !== '') {
				const n = level(value);
				if (n === undefined) issues.push({ field, message: 'not_allowed' });
				else ambitions.set(key, n);
			}
		} else {
			// Counted as the text area counts it: a browser sends each line break as two characters.
			const text = value.replace(/\r\n?/g, '\n').trim();
			if (!key || !aspectIds.has(key)) issues.push({ field, message: 'not_allowed' });
			else if (text.length > MAX_COMMENT) issues.push({ field, message: 'too_long' });
			else if (hasControlCharacter(text, { multiline: true })) issues.push({ field, message: 'control_character' });
			else if (text !== '') comments.push({ aspectId: key, text });
		}
	}
	// The ambition belongs to the aspect; it is stored with the aspect's first question.
	for (const [aspectId, n] of ambitions) {
		const first = items.find((i) => i.aspectId === aspectId)!;
		const answer = answers.find((a) => a.item === first.key);
		if (answer) answer.ambition = n;
		else answers.push({ item: first.key, level: null, dontKnow: false, ambition: n });
	}
	if (options.complete) {
		for (const item of items) {
			const answer = answers.find((a) => a.item === item.key);
			if (!answer || (answer.level === null && !answer.dontKnow))
				issues.push({ field: `q:${item.key}`, message: 'required' });
		}
	}
	return { answers, comments, issues };
}

export function progress(answers: Answer[], items: Item[]): { answered: number; total: number } {
	const answered = items.filter((i) =>
		answers.some((a) => a.item === i.key && (a.level !== null || a.dontKnow))
	).length;
	return { answered, total: items.length };
}
