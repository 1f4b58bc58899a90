import { describe, expect, it } from 'vitest';
import { feedbackDraft } from './feedback-draft.ts';
import { buildSchoolReport, type CountRow } from '../../domain/reflection/report/school-report.ts';
import { scaleWordsOf } from '../../domain/model/scale-words.ts';
import type { Layer } from '../../domain/model/format.ts';

const aspects = ['Koers', 'Onderwijs', 'Data', 'Leiderschap'];

/** One count per person, so a layer's median is exactly what the list says. */
const placed = (layer: Layer, aspect: string, levels: number[]): CountRow[] =>
	levels.map((level) => ({ layer, item: aspect.toLowerCase(), level, count: 1 }));

// Four aspects on which teachers and school leaders are a whole level or more apart, as in issue 11.
const report = buildSchoolReport({
	scale: 4,
	layers: ['leraren', 'schoolleiding'],
	items: aspects.map((name) => ({ key: name.toLowerCase(), aspectId: name.toLowerCase(), aspectName: name })),
	respondents: { leraren: 4, schoolleiding: 3 },
	answers: [
		...placed('leraren', 'Koers', [1, 1, 2, 2]),
		...placed('schoolleiding', 'Koers', [3, 3, 3]),
		...placed('leraren', 'Onderwijs', [2, 2, 2, 3]),
		...placed('schoolleiding', 'Onderwijs', [3, 3, 4]),
		...placed('leraren', 'Data', [1, 2, 2, 2]),
		...placed('schoolleiding', 'Data', [3, 3, 3]),
		...placed('leraren', 'Leiderschap', [1, 1, 1, 2]),
		...placed('schoolleiding', 'Leiderschap', [3, 3, 3])
	],
	ambitions: [],
	comments: [],
	thresholds: { scores: 3, comments: 3 }
});
const levels = ['Oriënteren', 'Ontwikkelen', 'Borgen', 'Vernieuwen'];
const niveau = { levels, scale: scaleWordsOf({ singular: 'niveau', plural: 'niveaus' }, 'nl') };
const fase = { levels, scale: scaleWordsOf({ singular: 'fase', plural: 'fasen' }, 'nl') };

describe('the "jullie zeiden — wij gaan" draft', () => {
	it('introduces the differences once and lists each in the words of the model', () => {
		expect(report.gaps).toHaveLength(4);
		const { youSaid } = feedbackDraft(report, niveau, []);
		expect(youSaid.match(/Niet iedereen ziet het hetzelfde/g)).toHaveLength(1);
		expect(youSaid).toContain(
			'Niet iedereen ziet het hetzelfde:\n- Leiderschap: volgens de leraren op niveau 1, volgens de schoolleiding op niveau 3.\n'
		);
		expect(youSaid).toContain(
			'- Koers: volgens de leraren tussen niveau 1 en 2, volgens de schoolleiding op niveau 3.'
		);
		expect(youSaid).not.toMatch(/fase|niveau \d,\d|in niveau/);
		expect(feedbackDraft(report, fase, []).youSaid).toContain(
			'- Koers: volgens de leraren tussen fase 1 en 2, volgens de schoolleiding in fase 3.'
		);
	});

	it('announces actions only when there are some', () => {
		const { weWill } = feedbackDraft(report, niveau, [
			{ aspectName: 'Koers', currentLevel: 2, targetLevel: 3, actions: [] },
			{
				aspectName: 'Leiderschap',
				currentLevel: 2,
				targetLevel: 3,
				actions: [{ what: 'Werkgroepen met een leraar als voorzitter', dueOn: null }]
			}
		]);
		expect(weWill).toBe(
			[
				'Koers: van niveau 2 (Ontwikkelen) naar niveau 3 (Borgen). Welke acties daarbij horen, bepalen we samen met het team.',
				'',
				'Leiderschap: van niveau 2 (Ontwikkelen) naar niveau 3 (Borgen). Dat doen we zo:',
				'- Werkgroepen met een leraar als voorzitter'
			].join('\n')
		);
		// A colon always leads into what it announces.
		expect(weWill).not.toMatch(/:\n*$|:\n\n/);
	});
});
