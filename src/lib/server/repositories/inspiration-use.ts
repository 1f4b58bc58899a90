/**
 * The items a person saved (bewaard) and the items a plan's actions name as their source. Reading
 * them always goes through `readable`: an item that was archived or that the reader may no longer
 * read drops out of both lists, though the row stays for when it comes back.
 */
import { and, eq, sql } from 'drizzle-orm';
import { executeRows, type Db, type Tx } from '../db/client.ts';
import { inspirationSaved, planActionSources } from '../db/schema/index.ts';
import type { ItemKind } from '../../domain/inspiration/item.ts';
import { readable, str, type Reader } from './inspiration-filters.ts';

export type SavedItem = {
	id: string;
	kind: ItemKind;
	title: string;
	summary: string;
	publisher: string;
	savedAt: Date;
};
export type ActionSource = { actionId: string; itemId: string; title: string };

export async function saveItem(db: Db | Tx, userId: string, itemId: string): Promise<void> {
	await db.insert(inspirationSaved).values({ userId, itemId }).onConflictDoNothing();
}

export async function unsaveItem(db: Db | Tx, userId: string, itemId: string): Promise<void> {
	await db
		.delete(inspirationSaved)
		.where(and(eq(inspirationSaved.userId, userId), eq(inspirationSaved.itemId, itemId)));
}

export async function isSaved(db: Db | Tx, userId: string, itemId: string): Promise<boolean> {
	const rows = await db
		.select({ itemId: inspirationSaved.itemId })
		.from(inspirationSaved)
		.where(and(eq(inspirationSaved.userId, userId), eq(inspirationSaved.itemId, itemId)));
	return rows.length > 0;
}

/** A person's saved items that are still published and readable to them, last saved first. */
export async function savedItemsOf(db: Db | Tx, userId: string, reader: Reader): Promise<SavedItem[]> {
	const rows = await executeRows(
		db,
		sql`select i.id, i.kind, i.title, i.summary, o.name as publisher, s.saved_at
			from inspiration_saved s
			join inspiration_items i on i.id = s.item_id
			join organisations o on o.id = i.organisation_id
			where s.user_id = ${userId} and i.status = 'published' and ${readable(reader)}
			order by s.saved_at desc, i.title`
	);
	return rows.map((r) => ({
		id: str(r.id),
		kind: str(r.kind) as ItemKind,
		title: str(r.title),
		summary: str(r.summary),
		publisher: str(r.publisher),
		savedAt: new Date(str(r.saved_at))
	}));
}

/** Names the item as a source of an action of this plan; false when the action is not the plan's. */
export async function addActionSource(db: Db | Tx, planId: string, actionId: string, itemId: string): Promise<boolean> {
	const rows = await executeRows(
		db,
		sql`insert into plan_action_sources (action_id, item_id)
			select a.id, ${itemId} from plan_actions a where a.id = ${actionId} and a.plan_id = ${planId}
			on conflict do nothing returning action_id`
	);
	if (rows.length > 0) return true;
	// Already a source, or not an action of this plan.
	const existing = await executeRows(
		db,
		sql`select 1 from plan_actions where id = ${actionId} and plan_id = ${planId}`
	);
	return existing.length > 0;
}

export async function removeActionSource(db: Db | Tx, planId: string, actionId: string, itemId: string): Promise<void> {
	await db
		.delete(planActionSources)
		.where(
			and(
				eq(planActionSources.actionId, actionId),
				eq(planActionSources.itemId, itemId),
				sql`exists (select 1 from plan_actions a where a.id = ${planActionSources.actionId} and a.plan_id = ${planId})`
			)
		);
}

/** The sources of a plan's actions that the reader may read, by title. */
export async function sourcesOfPlan(db: Db | Tx, planId: string, reader: Reader): Promise<ActionSource[]> {
	const rows = await executeRows(
		db,
		sql`select s.action_id, i.id, i.title
			from plan_action_sources s
			join plan_actions a on a.id = s.action_id
			join inspiration_items i on i.id = s.item_id
			where a.plan_id = ${planId} and i.status = 'published' and ${readable(reader)}
			order by s.added_at, i.title`
	);
	return rows.map((r) => ({ actionId: str(r.action_id), itemId: str(r.id), title: str(r.title) }));
}

/** Copies the sources of actions to their copies in a next year's plan (pairs of old and new id). */
export async function copyActionSources(db: Db | Tx, pairs: { from: string; to: string }[]): Promise<void> {
	if (pairs.length === 0) return;
	const list = (ids: string[]) =>
		sql`array[${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)}]::uuid[]`;
	await executeRows(
		db,
		sql`insert into plan_action_sources (action_id, item_id)
			select p.to_id, s.item_id
			from unnest(${list(pairs.map((p) => p.from))}, ${list(pairs.map((p) => p.to))}) as p(from_id, to_id)
			join plan_action_sources s on s.action_id = p.from_id
			on conflict do nothing`
	);
}
