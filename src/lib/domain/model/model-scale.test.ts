import { describe, expect, it } from 'vitest';
import { modelScale } from './model-scale.ts';
import { modelScaleWords } from './scale-words.ts';

describe('model scale', () => {
	it('gives a page the model’s language, scale words and level names in order', () => {
		const model = {
			language: 'nl' as const,
			scaleLabel: { singular: 'fase', plural: 'fasen' },
			levels: [
				{ name: 'Oriënteren', summary: '' },
				{ name: 'Ontwikkelen', summary: '' },
				{ name: 'Borgen', summary: '' }
			]
		};
		expect(modelScale(model)).toEqual({
			language: 'nl',
			scale: modelScaleWords(model),
			levels: ['Oriënteren', 'Ontwikkelen', 'Borgen']
		});
		expect(modelScale(model).scale).toMatchObject({ singular: 'fase', article: 'de', preposition: 'in' });
	});
});
