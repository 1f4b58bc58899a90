/**
 * The demo's reflections: two finished rounds at Basisschool De Regenboog (for the report and its
 * trend), a finished round at every school of the board (for the board overview), and an open round
 * with fixed codes so a visitor can answer straight away. Answers are generated, reproducibly.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { roundLayers } from '../db/schema/index.ts';
import { getModelVersion } from '../repositories/models.ts';
import { createRound, finishRound } from './factories/rounds.ts';
import { addResponses, seededRandom } from './factories/responses.ts';
import { demoSchools } from './demo.ts';

export const DEMO_CODES = { leraren: 'TEAM2345', schoolleiding: 'DRCT2345' } as const;

export async function seedDemoReflections(db: Db): Promise<void> {
	const random = seededRandom(20261125);
	const schools = await demoSchools(db);
	const regenboog = schools.find((s) => s.name === 'Basisschool De Regenboog');
	const werkwijzer = await getModelVersion(db, 'werkwijzer-samen-leren');
	const slig = await getModelVersion(db, 'samen-leren-inhoud-geven');
	if (!regenboog || werkwijzer?.content.kind !== 'model' || slig?.content.kind !== 'model') return;
	const ww = werkwijzer.content;
	const sl = slig.content;

	// Two rounds at De Regenboog on the Werkwijzer: teachers see Koers lower than leadership does.
	for (const [title, period, shift] of [
		['Reflectie voorjaar 2026', { opensOn: '2026-03-02', closesOn: '2026-03-20' }, 0],
		['Reflectie najaar 2026', { opensOn: '2026-10-05', closesOn: '2026-10-23' }, 1]
	] as const) {
		const { round } = await createRound(db, regenboog, {
			modelId: ww.id,
			title,
			layers: ['schoolleiding', 'leraren', 'ondersteuning'],
			thresholds: { scores: 3, comments: 3 }
		});
		const around = (leading: boolean) => ({
			koers: leading ? 3 : 1,
			'werken-met-data': 2,
			'lerende-professionals': Math.min(3, 1 + shift + (leading ? 1 : 0)),
			'leidinggeven-aan-leren': 2
		});
		await addResponses(db, round, ww, 'schoolleiding', 4, {
			around: around(true),
			random,
			ambition: 1,
			comments: {
				koers: [
					'We hebben de koers samen met het bestuur opgesteld.',
					'De koers staat in het schoolplan.',
					'Iedereen kent de drie speerpunten.'
				]
			}
		});
		await addResponses(db, round, ww, 'leraren', 14, {
			around: around(false),
			random,
			ambition: 1,
			comments: {
				koers: [
					'Ik weet niet goed wat de koers voor mijn groep betekent.',
					'We praten er in teamvergaderingen weinig over.',
					'Het schoolplan heb ik nooit gelezen.',
					'Graag meer gesprek over de doelen.'
				]
			}
		});
		await addResponses(db, round, ww, 'ondersteuning', 2, { around: around(false), random });
		await finishRound(db, round.id, period);
	}

	// Every school of the board reflected on Samen Leren Inhoud Geven; one school had too few answers.
	for (const [i, school] of schools.entries()) {
		const { round } = await createRound(db, school, {
			modelId: sl.id,
			title: 'Schoolreflectie 2026',
			layers: ['schoolleiding', 'leraren']
		});
		const base = 2 + (i % 3);
		const around = {
			koers: base,
			'data-en-feedback': Math.max(1, base - 1),
			'lerende-professional': base,
			'samen-leren-in-het-team': Math.min(5, base + 1),
			'georganiseerd-leiderschap': base
		};
		const teachers = school.name === 'Kindcentrum Op de Heide' ? 3 : 6 + Math.floor(random() * 10);
		await addResponses(db, round, sl, 'leraren', teachers, { around, random });
		await addResponses(db, round, sl, 'schoolleiding', 2, { around, random });
		await finishRound(db, round.id, { opensOn: '2026-05-11', closesOn: '2026-05-29' });
	}

	// An open round with fixed codes, to try answering in the demo.
	const { round: open } = await createRound(db, regenboog, {
		modelId: sl.id,
		title: 'Teamreflectie december 2026',
		layers: ['schoolleiding', 'leraren'],
		closesOn: '2027-01-31'
	});
	await db
		.update(roundLayers)
		.set({ code: DEMO_CODES.leraren })
		.where(and(eq(roundLayers.roundId, open.id), eq(roundLayers.layer, 'leraren')));
	await db
		.update(roundLayers)
		.set({ code: DEMO_CODES.schoolleiding })
		.where(and(eq(roundLayers.roundId, open.id), eq(roundLayers.layer, 'schoolleiding')));
}
