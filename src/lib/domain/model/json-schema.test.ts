import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelJsonSchema } from './json-schema.ts';

describe('published JSON Schema', () => {
	it('matches the format definitions (run `npm run model:schema` after changing them)', () => {
		const published = JSON.parse(fs.readFileSync('docs/model-format.schema.json', 'utf8'));
		expect(published).toEqual(JSON.parse(JSON.stringify(modelJsonSchema())));
	});
});
