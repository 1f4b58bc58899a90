import type { Db, Tx } from '../../db/client.ts';
import { insertItem, upsertThemes, type NewItem } from '../../repositories/inspiration-items.ts';
import type { AspectStep } from '../../../domain/inspiration/item.ts';
import { uniqueSuffix } from './organisations.ts';
import { planMadeScenario } from './scenarios.ts';
import { getModelVersion } from '../../repositories/models.ts';

/** A published public item by `publisher`; every field can be overridden. */
export async function createItem(
	db: Db | Tx,
	publisher: { id: string },
	values: Partial<NewItem> = {},
	steps: AspectStep[] = []
): Promise<{ id: string; title: string }> {
	const title = values.title ?? `Testvoorbeeld ${uniqueSuffix()}`;
	const id = await insertItem(
		db,
		{
			organisationId: publisher.id,
			kind: 'goede-aanpak',
			status: 'published',
			visibility: 'public',
			title,
			summary: 'Een korte samenvatting.',
			body: 'Wat we deden en wat het opleverde.',
			licence: 'CC BY 4.0',
			publishedAt: new Date(),
			...values
		},
		steps
	);
	return { id, title };
}

export async function createTheme(db: Db | Tx, id: string, label: string): Promise<void> {
	await upsertThemes(db, [{ id, label }]);
}

/**
 * A finished round and a plan (the plan-made world), with inspiration for every step of every
 * aspect of its model — visible only inside the scenario's board, so that no other test's school
 * is offered it — and three public items to search for by a word of their own.
 */
export async function inspirationScenario(db: Db) {
	const world = await planMadeScenario(db);
	const model = await getModelVersion(db, 'samen-leren-inhoud-geven');
	if (model?.content.kind !== 'model') throw new Error('the shipped models are missing');
	const tag = uniqueSuffix();
	await createTheme(db, 'begrijpend-lezen', 'Begrijpend lezen');
	const internal: string[] = [];
	for (const aspect of model.content.aspects) {
		for (let from = 1; from < model.content.levels.length; from++) {
			const item = await createItem(
				db,
				world.board,
				{ title: `${aspect.name}: van ${from} naar ${from + 1} (${tag})`, visibility: 'organisation' },
				[{ modelId: model.modelId, aspectId: aspect.id, from, to: from + 1 }]
			);
			internal.push(item.id);
		}
	}
	const visits = await createItem(db, world.board, {
		title: `Collegiale visitaties in de Zeeuwse scholen ${tag}`,
		kind: 'goed-voorbeeld',
		summary: 'Vier scholen bezoeken elkaar twee keer per jaar.',
		body: `## Hoe het gaat\n\nElke visitatie begint met de vraag van de gastschool (${tag}).`,
		sectors: ['SO'],
		region: 'Zeeland'
	});
	const coordinator = await createItem(db, world.board, {
		title: `Een leesteam met een vaste coördinator ${tag}`,
		body: `De coördinator plant de bijeenkomsten en bewaakt de doelen (${tag}).`,
		sectors: ['PO'],
		region: 'Zeeland'
	});
	const reading = await createItem(db, world.board, {
		title: `Leergroep begrijpend lezen ${tag}`,
		kind: 'netwerkportret',
		themes: ['begrijpend-lezen'],
		body: `Zes leraren lezen samen onderzoek (${tag}).`,
		sectors: ['PO']
	});
	return {
		...world,
		tag,
		internalItemId: internal[0]!,
		items: { visits: visits.title, coordinator: coordinator.title, reading: reading.title }
	};
}
