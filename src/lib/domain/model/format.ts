/**
 * The development-model file format ("werkwijzer-model/1").
 *
 * Models are data, not code: a board's quality officer writes one in YAML or JSON, the platform
 * validates it and keeps every imported version (a reflection round pins one). This module holds
 * the structural schema; `validate.ts` adds the rules that span fields (unique ids, one entry per
 * level in scale order, descriptors for every declared layer). The published JSON Schema in
 * `docs/model-format.schema.json` is generated from these definitions.
 */
import { z } from 'zod';
import { hasControlCharacter } from '../text/control-characters.ts';
import { ALL_SCALE_PREPOSITIONS, SCALE_ARTICLES } from './scale-words.ts';

export const MODEL_FORMAT = 'werkwijzer-model/1';

/**
 * Organisational layers are a closed vocabulary so that a model's per-layer descriptors line up
 * with the layers that take part in a reflection round.
 */
export const LAYERS = [
	'bestuur',
	'schoolleiding',
	'middenmanagement',
	'leraren',
	'ondersteuning',
	'leerlingen',
	'ouders',
	'partners'
] as const;
export type Layer = (typeof LAYERS)[number];

export const isLayer = (value: unknown): value is Layer =>
	typeof value === 'string' && (LAYERS as readonly string[]).includes(value);

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().min(1).max(80).regex(ID_PATTERN);
// NUL and other control characters are refused here, not by the database (PostgreSQL's jsonb cannot hold NUL).
const text = (max: number) =>
	z
		.string()
		.trim()
		.min(1)
		.max(max)
		.refine((v) => !hasControlCharacter(v, { multiline: true }), 'control_character');
const shortText = text(200);
const longText = text(4000);
const textList = z.array(text(1000)).min(1).max(20);

const source = z.strictObject({
	credits: text(1000),
	basedOn: z.array(text(300)).min(1).max(20).optional(),
	license: text(200).optional(),
	url: z.url().max(500).optional()
});

const common = {
	format: z.literal(MODEL_FORMAT),
	id,
	version: z.int().min(1).max(10_000),
	language: z.enum(['nl', 'en']),
	title: shortText,
	description: longText,
	source
};

const scaleLevel = z.strictObject({
	key: id,
	name: shortText,
	summary: longText
});

const layerDefinition = z.strictObject({
	id: z.enum(LAYERS),
	name: shortText
});

/**
 * The name of one step of the scale, with what the interface needs to write correct Dutch around it
 * (ADR 012). Optional for the words the platform knows (fase, niveau, stap, trede, stadium and their
 * compounds); `validate.ts` asks for them for any other Dutch word and checks them against `language`.
 */
const scaleLabel = z.strictObject({
	singular: text(40),
	plural: text(40),
	article: z
		.enum(SCALE_ARTICLES)
		.optional()
		.describe('Dutch models only: "de" or "het" with the singular ("de fase", "het niveau").'),
	preposition: z
		.enum(ALL_SCALE_PREPOSITIONS)
		.optional()
		.describe('How one stands on a step: Dutch "in", "op" or "bij" ("op niveau 2"); English "in", "at" or "on".')
});

const aspectLevel = z.strictObject({
	level: id,
	descriptor: longText.optional(),
	layerDescriptors: z.partialRecord(z.enum(LAYERS), longText).optional(),
	indicators: textList.optional(),
	suggestedActions: textList.optional()
});

const aspect = z.strictObject({
	id,
	name: shortText,
	focus: longText,
	keyQuestion: shortText.optional(),
	levels: z.array(aspectLevel).min(2).max(10)
});

export const developmentModelSchema = z.strictObject({
	...common,
	kind: z.literal('model'),
	scaleLabel,
	levels: z.array(scaleLevel).min(2).max(10),
	layers: z.array(layerDefinition).min(1).max(LAYERS.length).optional(),
	aspects: z.array(aspect).min(1).max(40)
});

const cardContent = z.strictObject({
	questions: textList.optional(),
	attentionPoints: textList.optional()
});

const card = z.strictObject({
	id,
	title: shortText,
	questions: textList.optional(),
	attentionPoints: textList.optional(),
	variants: z.record(id, cardContent).optional()
});

const routeStep = z.strictObject({
	id,
	name: shortText,
	summary: longText,
	cards: z.array(card).min(1).max(20)
});

export const routeSchema = z.strictObject({
	...common,
	kind: z.literal('route'),
	audiences: z
		.array(z.strictObject({ id, name: shortText, description: longText.optional() }))
		.min(1)
		.max(10),
	steps: z.array(routeStep).min(1).max(20)
});

export const modelFileSchema = z.discriminatedUnion('kind', [developmentModelSchema, routeSchema]);

export type DevelopmentModel = z.infer<typeof developmentModelSchema>;
export type RouteModel = z.infer<typeof routeSchema>;
export type ModelFile = z.infer<typeof modelFileSchema>;
export type Aspect = DevelopmentModel['aspects'][number];
export type AspectLevel = Aspect['levels'][number];
export type ScaleLevel = DevelopmentModel['levels'][number];
export type RouteStep = RouteModel['steps'][number];
export type RouteCard = RouteStep['cards'][number];
