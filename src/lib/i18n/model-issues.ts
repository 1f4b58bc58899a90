/** Human text for model-file issues, in the interface language or a language given by the caller. */
import { m } from '../paraglide/messages.js';
import type { ModelIssue, ModelIssueCode } from '../domain/model/validate.ts';

type Locale = 'nl' | 'en';
type Params = Record<string, string | number>;
type Render = (params: Params, options: { locale?: Locale }) => string;

const p = (params: Params, key: string): string => String(params[key] ?? '');

const TEXT = {
	required: (_, o) => m.model_issue_required({}, o),
	wrong_type: (x, o) => m.model_issue_wrong_type({ expected: p(x, 'expected') }, o),
	empty: (_, o) => m.model_issue_empty({}, o),
	too_short: (x, o) => m.model_issue_too_short({ min: p(x, 'min') }, o),
	too_long: (x, o) => m.model_issue_too_long({ max: p(x, 'max') }, o),
	too_few: (x, o) => m.model_issue_too_few({ min: p(x, 'min') }, o),
	too_many: (x, o) => m.model_issue_too_many({ max: p(x, 'max') }, o),
	bad_id: (_, o) => m.model_issue_bad_id({}, o),
	bad_url: (_, o) => m.model_issue_bad_url({}, o),
	not_allowed_value: (x, o) => m.model_issue_not_allowed_value({ allowed: p(x, 'allowed') }, o),
	unknown_field: (_, o) => m.model_issue_unknown_field({}, o),
	unknown_kind: (_, o) => m.model_issue_unknown_kind({}, o),
	unsupported_format: (x, o) => m.model_issue_unsupported_format({ expected: p(x, 'expected') }, o),
	duplicate_id: (x, o) => m.model_issue_duplicate_id({ id: p(x, 'id'), first: p(x, 'first') }, o),
	level_missing: (x, o) => m.model_issue_level_missing({ level: p(x, 'level') }, o),
	level_extra: (x, o) => m.model_issue_level_extra({ count: p(x, 'count') }, o),
	level_order: (x, o) => m.model_issue_level_order({ expected: p(x, 'expected') }, o),
	descriptor_missing: (_, o) => m.model_issue_descriptor_missing({}, o),
	descriptor_conflict: (_, o) => m.model_issue_descriptor_conflict({}, o),
	layer_undeclared: (x, o) => m.model_issue_layer_undeclared({ layer: p(x, 'layer') }, o),
	layer_descriptor_missing: (x, o) => m.model_issue_layer_descriptor_missing({ layer: p(x, 'layer') }, o),
	layers_missing: (_, o) => m.model_issue_layers_missing({}, o),
	audience_unknown: (x, o) => m.model_issue_audience_unknown({ audience: p(x, 'audience') }, o),
	card_empty: (_, o) => m.model_issue_card_empty({}, o),
	scale_article_needed: (x, o) => m.model_issue_scale_article_needed({ word: p(x, 'word') }, o),
	scale_preposition_needed: (x, o) => m.model_issue_scale_preposition_needed({ word: p(x, 'word') }, o),
	dutch_only: (_, o) => m.model_issue_dutch_only({}, o),
	invalid: (_, o) => m.model_issue_invalid({}, o),
	syntax: (x, o) => m.model_issue_syntax({ line: p(x, 'line'), column: p(x, 'column'), detail: p(x, 'detail') }, o),
	duplicate_key: (x, o) => m.model_issue_duplicate_key({ line: p(x, 'line'), column: p(x, 'column') }, o),
	file_empty: (_, o) => m.model_issue_file_empty({}, o),
	file_too_large: (x, o) => m.model_issue_file_too_large({ max: p(x, 'max') }, o),
	file_unreadable: (x, o) => m.model_issue_file_unreadable({ detail: p(x, 'detail') }, o),
	version_exists: (x, o) => m.model_issue_version_exists({ id: p(x, 'id'), version: p(x, 'version') }, o),
	version_older: (x, o) => m.model_issue_version_older({ version: p(x, 'version'), latest: p(x, 'latest') }, o),
	kind_changed: (x, o) => m.model_issue_kind_changed({ id: p(x, 'id'), existing: p(x, 'existing') }, o)
} satisfies Record<ModelIssueCode, Render>;

export function describeIssue(issue: ModelIssue, locale?: Locale): string {
	return TEXT[issue.code](issue.params ?? {}, locale ? { locale } : {});
}
