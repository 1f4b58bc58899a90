/**
 * The demo's team conversations: De Regenboog discussed its reflection at a study day in June,
 * placed the school on two aspects and agreed where it stands, and came back to Koers in a team
 * meeting in October (the round's report shows both agreements, dated, beside the answers); and a
 * conversation on its open round waits for the next team meeting, with a fixed code so that anyone
 * trying the demo can join it at /g.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations, rounds, users } from '../db/schema/index.ts';
import { createDialogue } from './factories/dialogues.ts';
import type { Layer } from '../../domain/model/format.ts';

export const DEMO_DIALOGUE_CODE = 'GSPR2345';

const spread = (layer: Layer, levels: (number | null)[]) => levels.map((level) => ({ layer, level }));

export async function seedDemoDialogue(db: Db): Promise<void> {
	const [school] = await db.select().from(organisations).where(eq(organisations.name, 'Basisschool De Regenboog'));
	if (!school) return;
	const [round] = await db
		.select()
		.from(rounds)
		.where(and(eq(rounds.organisationId, school.id), eq(rounds.title, 'Schoolreflectie 2026')));
	const [leader] = await db.select().from(users).where(eq(users.email, 'schoolleider@regenboog.example'));
	if (!round) return;
	await createDialogue(db, {
		round,
		createdBy: leader?.id ?? null,
		title: 'Studiedag: waar staan we?',
		heldOn: '2026-06-10',
		aspects: [
			{
				id: 'koers',
				placements: [...spread('leraren', [2, 2, 3, 2, 1, 2, null]), ...spread('schoolleiding', [3, 4, 3])],
				agreed: {
					level: 2,
					notes:
						'De koers staat op papier, maar het team heeft hem niet samen gemaakt. Voor de kerstvakantie bespreken we hem per bouw.'
				}
			},
			{
				id: 'samen-leren-in-het-team',
				placements: [...spread('leraren', [3, 3, 2, 3, 3, 4, 3]), ...spread('schoolleiding', [3, 3, 4])],
				agreed: { level: 3, notes: 'Collegiale consultatie loopt goed in de bovenbouw; de onderbouw sluit aan.' }
			}
		],
		closed: true
	});
	await createDialogue(db, {
		round,
		createdBy: leader?.id ?? null,
		title: 'Teamvergadering: de koers per bouw',
		heldOn: '2026-10-08',
		aspects: [
			{
				id: 'koers',
				placements: [...spread('leraren', [2, 3, 3, 2, 3, 3, 3]), ...spread('schoolleiding', [3, 3, 4])],
				agreed: {
					level: 3,
					notes:
						'Elke bouw heeft de koers besproken en vertaald naar de eigen groepen.\nVolgende stap: de koers samen met ouders en leerlingen toetsen.'
				}
			}
		],
		closed: true
	});
	const [open] = await db
		.select()
		.from(rounds)
		.where(and(eq(rounds.organisationId, school.id), eq(rounds.title, 'Teamreflectie december 2026')));
	if (!open) return;
	await createDialogue(db, {
		round: open,
		createdBy: leader?.id ?? null,
		title: 'Teamvergadering: onze koers',
		code: DEMO_DIALOGUE_CODE,
		aspects: [
			{ id: 'koers', placements: [] },
			{ id: 'data-en-feedback', placements: [] }
		]
	});
}
