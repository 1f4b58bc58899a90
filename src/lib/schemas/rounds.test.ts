import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';
import { parseInput } from './parse.ts';
import { roundInput } from './rounds.ts';

const valid = {
	title: 'Reflectie',
	modelId: 'werkwijzer-samen-leren',
	layers: ['leraren'],
	opensOn: '2026-12-01',
	closesOn: '2026-12-15',
	introduction: '',
	privacyText: ''
};

function issuesOf(input: Record<string, unknown>) {
	try {
		parseInput(roundInput, input);
	} catch (caught) {
		if (caught instanceof AppError) return caught.fields;
		throw caught;
	}
	return [];
}

describe('a round’s thresholds', () => {
	it.each(['2', '0', '-1', '51', '3,5', 'drie'])('refuses %s with a sentence that names the range', (value) => {
		expect(issuesOf({ ...valid, thresholdScores: value })).toContainEqual({
			field: 'thresholdScores',
			message: 'threshold_range'
		});
		expect(fieldErrorText('threshold_range')).toBe(
			'Kies een heel getal van 3 tot en met 50: bij minder dan 3 mensen zijn antwoorden tot een persoon te herleiden.'
		);
	});

	it('takes 3 and 50', () => {
		expect(issuesOf({ ...valid, thresholdScores: '3', thresholdComments: '50' })).toEqual([]);
	});
});
