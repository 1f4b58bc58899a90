import type { Db, Tx } from '../../src/lib/server/db/client.ts';
import { insertItem, upsertThemes, type NewItem } from '../../src/lib/server/repositories/inspiration-items.ts';
import type { AspectStep } from '../../src/lib/domain/inspiration/item.ts';
import { uniqueSuffix } from './organisations.ts';

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
