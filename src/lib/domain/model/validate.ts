/**
 * Validation of a parsed model file: the structural schema first, then the rules that span fields.
 * Every issue carries the path inside the file in the notation a quality officer can follow in an
 * editor: `aspects[2].levels[4].descriptor`.
 */
import type { z } from 'zod';
import { modelFileSchema, MODEL_FORMAT, type ModelFile, type DevelopmentModel, type RouteModel } from './format.ts';
import { knownScaleWord, SCALE_PREPOSITIONS } from './scale-words.ts';

export const MODEL_ISSUE_CODES = [
	'required',
	'wrong_type',
	'empty',
	'too_short',
	'too_long',
	'too_few',
	'too_many',
	'bad_id',
	'bad_url',
	'not_allowed_value',
	'unknown_field',
	'unknown_kind',
	'unsupported_format',
	'duplicate_id',
	'level_missing',
	'level_extra',
	'level_order',
	'descriptor_missing',
	'descriptor_conflict',
	'layer_undeclared',
	'layer_descriptor_missing',
	'layers_missing',
	'audience_unknown',
	'card_empty',
	'scale_article_needed',
	'scale_preposition_needed',
	'dutch_only',
	'invalid',
	'syntax',
	'duplicate_key',
	'file_empty',
	'file_too_large',
	'file_unreadable',
	'version_exists',
	'version_older',
	'kind_changed'
] as const;
export type ModelIssueCode = (typeof MODEL_ISSUE_CODES)[number];

export type ModelIssue = {
	path: string;
	code: ModelIssueCode;
	/** Values for the message: an expected value, a limit, the offending key. */
	params?: Record<string, string | number>;
};

export type ValidationResult = { ok: true; model: ModelFile } | { ok: false; issues: ModelIssue[] };

export function formatPath(segments: readonly PropertyKey[]): string {
	let out = '';
	for (const segment of segments) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? String(segment) : `.${String(segment)}`;
	}
	return out === '' ? '(root)' : out;
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): ModelIssue[] {
	const path = formatPath(issue.path);
	switch (issue.code) {
		case 'invalid_type': {
			const present = valueAt(input, issue.path) !== undefined;
			return [
				present ? { path, code: 'wrong_type', params: { expected: issue.expected } } : { path, code: 'required' }
			];
		}
		case 'too_small':
			if (issue.origin === 'string') {
				return [
					issue.minimum === 1
						? { path, code: 'empty' }
						: { path, code: 'too_short', params: { min: Number(issue.minimum) } }
				];
			}
			if (issue.origin === 'array') return [{ path, code: 'too_few', params: { min: Number(issue.minimum) } }];
			return [{ path, code: 'too_short', params: { min: Number(issue.minimum) } }];
		case 'too_big':
			if (issue.origin === 'array') return [{ path, code: 'too_many', params: { max: Number(issue.maximum) } }];
			return [{ path, code: 'too_long', params: { max: Number(issue.maximum) } }];
		case 'invalid_format':
			return [issue.format === 'url' ? { path, code: 'bad_url' } : { path, code: 'bad_id' }];
		case 'unrecognized_keys':
			return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), code: 'unknown_field' as const }));
		case 'invalid_value': {
			const last = issue.path[issue.path.length - 1];
			if (issue.path.length === 1 && last === 'format') {
				return [{ path, code: 'unsupported_format', params: { expected: MODEL_FORMAT } }];
			}
			return [{ path, code: 'not_allowed_value', params: { allowed: allowedValues(issue, input).join(', ') } }];
		}
		case 'invalid_union':
			if (issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'kind')) {
				return [{ path: 'kind', code: 'unknown_kind' }];
			}
			return [{ path, code: 'invalid' }];
		case 'invalid_key':
			return [{ path, code: 'not_allowed_value', params: { allowed: '' } }];
		default:
			return [{ path, code: 'invalid' }];
	}
}

/** The file's own language narrows the prepositions the schema allows for any language. */
function allowedValues(issue: z.core.$ZodIssueInvalidValue, input: unknown): string[] {
	const language = valueAt(input, ['language']);
	if (formatPath(issue.path) === 'scaleLabel.preposition' && (language === 'nl' || language === 'en'))
		return [...SCALE_PREPOSITIONS[language]];
	return issue.values.map(String);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => string): ModelIssue[] {
	const seen = new Map<string, number>();
	const issues: ModelIssue[] = [];
	items.forEach((item, index) => {
		const value = key(item);
		const first = seen.get(value);
		if (first === undefined) seen.set(value, index);
		else issues.push({ path: path(index), code: 'duplicate_id', params: { id: value, first: path(first) } });
	});
	return issues;
}

/**
 * Without its article and preposition the interface would have to guess how a Dutch word reads
 * ("de huidige ontwikkelgebied"), so a word the platform does not know must say them; an English
 * model has no article, and each language has its own prepositions.
 */
function checkScaleLabel(model: DevelopmentModel): ModelIssue[] {
	const label = model.scaleLabel;
	const issues: ModelIssue[] = [];
	const allowed: readonly string[] = SCALE_PREPOSITIONS[model.language];
	if (label.preposition !== undefined && !allowed.includes(label.preposition))
		issues.push({ path: 'scaleLabel.preposition', code: 'not_allowed_value', params: { allowed: allowed.join(', ') } });
	if (model.language !== 'nl') {
		if (label.article !== undefined) issues.push({ path: 'scaleLabel.article', code: 'dutch_only' });
		return issues;
	}
	if (knownScaleWord(label.singular, 'nl') === null) {
		const word = label.singular;
		if (label.article === undefined)
			issues.push({ path: 'scaleLabel.article', code: 'scale_article_needed', params: { word } });
		if (label.preposition === undefined)
			issues.push({ path: 'scaleLabel.preposition', code: 'scale_preposition_needed', params: { word } });
	}
	return issues;
}

function checkDevelopmentModel(model: DevelopmentModel): ModelIssue[] {
	const issues: ModelIssue[] = checkScaleLabel(model);
	issues.push(
		...duplicates(
			model.levels,
			(l) => l.key,
			(i) => `levels[${i}].key`
		)
	);
	issues.push(
		...duplicates(
			model.aspects,
			(a) => a.id,
			(i) => `aspects[${i}].id`
		)
	);
	const layers = model.layers ?? [];
	issues.push(
		...duplicates(
			layers,
			(l) => l.id,
			(i) => `layers[${i}].id`
		)
	);
	const declared = new Set(layers.map((l) => l.id));

	model.aspects.forEach((aspect, a) => {
		model.levels.forEach((scaleLevel, l) => {
			const entry = aspect.levels[l];
			const path = `aspects[${a}].levels[${l}]`;
			if (!entry) {
				issues.push({ path: `aspects[${a}].levels`, code: 'level_missing', params: { level: scaleLevel.key } });
				return;
			}
			if (entry.level !== scaleLevel.key) {
				issues.push({ path: `${path}.level`, code: 'level_order', params: { expected: scaleLevel.key } });
			}
			const hasText = entry.descriptor !== undefined;
			const byLayer = entry.layerDescriptors;
			if (hasText && byLayer) issues.push({ path, code: 'descriptor_conflict' });
			if (!hasText && !byLayer) issues.push({ path: `${path}.descriptor`, code: 'descriptor_missing' });
			if (byLayer) {
				if (declared.size === 0) issues.push({ path: `${path}.layerDescriptors`, code: 'layers_missing' });
				for (const layer of Object.keys(byLayer)) {
					if (declared.size > 0 && !declared.has(layer as never)) {
						issues.push({ path: `${path}.layerDescriptors.${layer}`, code: 'layer_undeclared', params: { layer } });
					}
				}
				for (const layer of declared) {
					if (byLayer[layer] === undefined) {
						issues.push({
							path: `${path}.layerDescriptors.${layer}`,
							code: 'layer_descriptor_missing',
							params: { layer }
						});
					}
				}
			}
		});
		for (let extra = model.levels.length; extra < aspect.levels.length; extra++) {
			issues.push({
				path: `aspects[${a}].levels[${extra}]`,
				code: 'level_extra',
				params: { count: model.levels.length }
			});
		}
	});
	return issues;
}

function checkRoute(route: RouteModel): ModelIssue[] {
	const issues: ModelIssue[] = [];
	issues.push(
		...duplicates(
			route.audiences,
			(x) => x.id,
			(i) => `audiences[${i}].id`
		)
	);
	issues.push(
		...duplicates(
			route.steps,
			(x) => x.id,
			(i) => `steps[${i}].id`
		)
	);
	const audiences = new Set(route.audiences.map((a) => a.id));
	route.steps.forEach((step, s) => {
		issues.push(
			...duplicates(
				step.cards,
				(c) => c.id,
				(i) => `steps[${s}].cards[${i}].id`
			)
		);
		step.cards.forEach((card, c) => {
			const path = `steps[${s}].cards[${c}]`;
			for (const audience of Object.keys(card.variants ?? {})) {
				if (!audiences.has(audience)) {
					issues.push({ path: `${path}.variants.${audience}`, code: 'audience_unknown', params: { audience } });
				}
			}
			const variantContent = Object.values(card.variants ?? {}).some((v) => v.questions || v.attentionPoints);
			if (!card.questions && !card.attentionPoints && !variantContent) issues.push({ path, code: 'card_empty' });
		});
	});
	return issues;
}

export function validateModel(input: unknown): ValidationResult {
	const parsed = modelFileSchema.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, input));
		return { ok: false, issues: dedupe(issues) };
	}
	const model = parsed.data;
	const issues = model.kind === 'model' ? checkDevelopmentModel(model) : checkRoute(model);
	return issues.length > 0 ? { ok: false, issues } : { ok: true, model };
}

function dedupe(issues: ModelIssue[]): ModelIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path}|${issue.code}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
