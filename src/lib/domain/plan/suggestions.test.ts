import { describe, expect, it } from 'vitest';
import { suggestionsFor, suggestsActions } from './suggestions.ts';
import { developmentModelSchema } from '../model/format.ts';

const model = developmentModelSchema.parse({
	format: 'werkwijzer-model/1',
	kind: 'model',
	id: 'm',
	version: 1,
	language: 'nl',
	title: 'M',
	description: 'D',
	source: { credits: 'C' },
	scaleLabel: { singular: 'fase', plural: 'fasen' },
	levels: [1, 2, 3, 4].map((n) => ({ key: `fase-${n}`, name: `Fase ${n}`, summary: `S${n}` })),
	aspects: [
		{
			id: 'koers',
			name: 'Koers',
			focus: 'F',
			levels: [1, 2, 3, 4].map((n) => ({
				level: `fase-${n}`,
				descriptor: `Koers in fase ${n}.`,
				suggestedActions: [`Actie vanuit fase ${n}.`]
			}))
		}
	]
});

describe('suggestionsFor', () => {
	it('describes the phases to reach and starts with the actions that lead out of the current phase', () => {
		const s = suggestionsFor(model, model.aspects[0]!, 2, 4);
		expect(s.steps.map((x) => [x.level, x.name, x.descriptor])).toEqual([
			[3, 'Fase 3', 'Koers in fase 3.'],
			[4, 'Fase 4', 'Koers in fase 4.']
		]);
		expect(s.actions).toEqual([
			{ level: 2, text: 'Actie vanuit fase 2.' },
			{ level: 3, text: 'Actie vanuit fase 3.' }
		]);
	});
	it('gives only the next phase for a target one phase up', () => {
		const s = suggestionsFor(model, model.aspects[0]!, 1, 2);
		expect(s.steps.map((x) => x.level)).toEqual([2]);
		expect(s.actions.map((a) => a.level)).toEqual([1]);
	});
	it('gives each phase on the way its indicators, and for a model without actions none to take', () => {
		const own = developmentModelSchema.parse({
			...model,
			aspects: [
				{
					id: 'koers',
					name: 'Koers',
					focus: 'F',
					levels: [1, 2, 3, 4].map((n) => ({
						level: `fase-${n}`,
						descriptor: `Koers in fase ${n}.`,
						...(n === 3 ? { indicators: ['Iedereen kent de koers.'] } : {})
					}))
				}
			]
		});
		expect(suggestsActions(model)).toBe(true);
		expect(suggestsActions(own)).toBe(false);
		const s = suggestionsFor(own, own.aspects[0]!, 2, 4);
		expect(s.actions).toEqual([]);
		expect(s.steps.map((x) => [x.level, x.descriptor, x.indicators])).toEqual([
			[3, 'Koers in fase 3.', ['Iedereen kent de koers.']],
			[4, 'Koers in fase 4.', []]
		]);
	});
});
