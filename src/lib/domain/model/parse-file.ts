/**
 * Turning the bytes of a model file into a value: YAML (which includes JSON) with line and column
 * for syntax errors, duplicate keys refused, and a size limit so that an upload cannot exhaust memory.
 */
import { parseDocument } from 'yaml';
import type { ModelIssue } from './validate.ts';

export const MAX_MODEL_FILE_BYTES = 1_000_000;

export type ParsedFile = { ok: true; value: unknown } | { ok: false; issues: ModelIssue[] };

export function parseModelText(text: string): ParsedFile {
	if (new TextEncoder().encode(text).length > MAX_MODEL_FILE_BYTES) {
		return { ok: false, issues: [{ path: '(file)', code: 'file_too_large', params: { max: MAX_MODEL_FILE_BYTES } }] };
	}
	if (text.trim() === '') return { ok: false, issues: [{ path: '(file)', code: 'file_empty' }] };
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			issues: doc.errors.map((error) => {
				const pos = error.linePos?.[0];
				return {
					path: '(file)',
					code: error.code === 'DUPLICATE_KEY' ? ('duplicate_key' as const) : ('syntax' as const),
					params: {
						line: pos?.line ?? 0,
						column: pos?.col ?? 0,
						detail: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
					}
				};
			})
		};
	}
	const value: unknown = doc.toJS({ maxAliasCount: 50 });
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return { ok: false, issues: [{ path: '(root)', code: 'wrong_type', params: { expected: 'object' } }] };
	}
	return { ok: true, value };
}
