/** Inspiration items, their steps and the themes vocabulary: reading one, writing one. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { executeRows, type Db, type Tx } from '../db/client.ts';
import { inspirationItems, inspirationItemSteps, inspirationThemes, organisations } from '../db/schema/index.ts';
import type { AspectStep } from '../../domain/inspiration/item.ts';
import { readable, type Reader } from './inspiration-filters.ts';

export type ItemRow = typeof inspirationItems.$inferSelect;
export type NewItem = Omit<typeof inspirationItems.$inferInsert, 'id' | 'search' | 'views'>;
export type ThemeRow = typeof inspirationThemes.$inferSelect;

export async function insertItem(db: Db | Tx, item: NewItem, steps: AspectStep[]): Promise<string> {
	const [row] = await db.insert(inspirationItems).values(item).returning({ id: inspirationItems.id });
	const id = row!.id;
	if (steps.length) {
		await db
			.insert(inspirationItemSteps)
			.values(
				steps.map((s) => ({ itemId: id, modelId: s.modelId, aspectId: s.aspectId, fromLevel: s.from, toLevel: s.to }))
			);
	}
	return id;
}

/** Whether a published item the reader may read exists (its existence does not leak otherwise). */
export async function isReadableItem(db: Db | Tx, id: string, reader: Reader): Promise<boolean> {
	const rows = await executeRows(
		db,
		sql`select 1 from inspiration_items i where i.id = ${id} and i.status = 'published' and ${readable(reader)}`
	);
	return rows.length > 0;
}

/** A published item the reader may read, with its publisher's name; null when there is none. */
export async function findReadableItem(
	db: Db,
	id: string,
	reader: Reader
): Promise<{ item: ItemRow; publisher: string; steps: AspectStep[] } | null> {
	if (!(await isReadableItem(db, id, reader))) return null;
	const [row] = await db
		.select({ item: inspirationItems, publisher: organisations.name })
		.from(inspirationItems)
		.innerJoin(organisations, eq(organisations.id, inspirationItems.organisationId))
		.where(eq(inspirationItems.id, id));
	if (!row) return null;
	const steps = await db
		.select()
		.from(inspirationItemSteps)
		.where(eq(inspirationItemSteps.itemId, id))
		.orderBy(inspirationItemSteps.modelId, inspirationItemSteps.aspectId, inspirationItemSteps.fromLevel);
	return {
		...row,
		steps: steps.map((s) => ({ modelId: s.modelId, aspectId: s.aspectId, from: s.fromLevel, to: s.toLevel }))
	};
}

/** One more reading of an item; a count, never who read it. */
export async function countView(db: Db, id: string): Promise<void> {
	await db
		.update(inspirationItems)
		.set({ views: sql`${inspirationItems.views} + 1` })
		.where(and(eq(inspirationItems.id, id), eq(inspirationItems.status, 'published')));
}

export async function listThemes(db: Db | Tx, ids?: string[]): Promise<ThemeRow[]> {
	const query = db.select().from(inspirationThemes);
	const rows = ids ? await query.where(inArray(inspirationThemes.id, ids.length ? ids : [''])) : await query;
	return rows.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export async function upsertThemes(db: Db | Tx, themes: { id: string; label: string }[]): Promise<void> {
	if (themes.length === 0) return;
	await db
		.insert(inspirationThemes)
		.values(themes)
		.onConflictDoUpdate({ target: inspirationThemes.id, set: { label: sql`excluded.label` } });
}

/** Organisations by exact name, for content files that name their publisher (the demo's library). */
export async function publishersNamed(db: Db | Tx, names: string[]): Promise<{ id: string; name: string }[]> {
	if (names.length === 0) return [];
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(inArray(organisations.name, names));
}
