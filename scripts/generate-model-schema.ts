/** Writes the published JSON Schema of the model file format from the zod definitions. */
import fs from 'node:fs';
import { modelJsonSchema } from '../src/lib/domain/model/json-schema.ts';

fs.writeFileSync('docs/model-format.schema.json', `${JSON.stringify(modelJsonSchema(), null, '\t')}\n`);
console.log('docs/model-format.schema.json');
