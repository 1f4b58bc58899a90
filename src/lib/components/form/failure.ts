/**
 * A failed form action as the page receives it: `{ code, fields, values }` (see
 * `src/lib/server/http/errors.ts`). SvelteKit types `form` as the union of every result an action
 * can return, so pages narrow it here once instead of in every template.
 */
export type FormFailure = {
	code: string;
	fields: { field: string; message: string }[];
	values: Record<string, string>;
};

export function failureOf(form: unknown): FormFailure | undefined {
	if (!form || typeof form !== 'object' || !('fields' in form) || !Array.isArray(form.fields)) return undefined;
	const fields = form.fields.filter(
		(f): f is { field: string; message: string } =>
			typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string'
	);
	const values: Record<string, string> = {};
	if ('values' in form && form.values && typeof form.values === 'object') {
		for (const [k, v] of Object.entries(form.values)) if (typeof v === 'string') values[k] = v;
	}
	const code = 'code' in form && typeof form.code === 'string' ? form.code : 'invalid_input';
	return { code, fields, values };
}

export function errorFor(failure: FormFailure | undefined, field: string): string | undefined {
	return failure?.fields.find((f) => f.field === field)?.message;
}
