/** The sentences and targets of a reflection form's problems, shared by its summary and its fields. */
import { m } from '../../paraglide/messages.js';
import { formatCount } from '../../i18n/numbers.ts';
import { MAX_COMMENT } from '../../domain/reflection/answers.ts';
import type { Item } from '../../domain/reflection/items.ts';
import type { FormFailure } from '../form/failure.ts';

export const questionId = (key: string) => `vraag-${key.replace(/[^a-z0-9-]/gi, '-')}`;

/** What is wrong, in a sentence; a too-long comment says how long it is (what was sent came back whole). */
export function issueText(failure: FormFailure | undefined, code: string, field: string): string {
	if (code === 'required') return m.respond_issue_required();
	if (code === 'too_long')
		return m.respond_issue_too_long({
			length: formatCount(failure?.values[field]?.length ?? 0),
			max: formatCount(MAX_COMMENT)
		});
	if (code === 'control_character') return m.respond_issue_control_character();
	return code === 'not_allowed' ? m.respond_issue_not_allowed() : m.respond_issue_invalid();
}

/** Where a problem's link leads and what it is called: the question, or its aspect's comment or ambition. */
export function issueTarget(items: Item[], field: string): { id: string; label: string } {
	const [kind, key] = field.split(/:(.*)/s);
	const item = kind === 'q' ? items.find((i) => i.key === key) : undefined;
	if (item)
		return { id: questionId(item.key), label: `${item.aspectName}${item.indicator ? ` (${item.indicator})` : ''}` };
	const aspect = items.find((i) => i.aspectId === key);
	if (aspect && kind === 'c')
		return { id: `c-${aspect.aspectId}`, label: m.respond_issue_comment_field({ aspect: aspect.aspectName }) };
	if (aspect && kind === 'amb')
		return { id: `amb-${aspect.aspectId}`, label: m.respond_issue_ambition_field({ aspect: aspect.aspectName }) };
	return { id: 'vragen', label: m.respond_questions_label() };
}
