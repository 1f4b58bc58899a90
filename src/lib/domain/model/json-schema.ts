import { z } from 'zod';
import { modelFileSchema, MODEL_FORMAT } from './format.ts';

/** The JSON Schema that editors can use to check a model file while it is being written. */
export function modelJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(modelFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
	return {
		...schema,
		$id: 'https://werkwijzer-samen-leren.nl/schema/werkwijzer-model-1.json',
		title: `Werkwijzer Samen Leren model file (${MODEL_FORMAT})`,
		description:
			'A development model (kind: model) or a conversation route (kind: route). Cross-field rules (unique ids, one entry per level in scale order, a descriptor per declared layer) are checked by `npm run model:validate`.'
	};
}
