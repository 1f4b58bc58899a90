import type { Db } from '../../db/client.ts';
import { countView, findReadableItem, listThemes } from '../../repositories/inspiration-items.ts';
import { findVersions } from '../../repositories/models.ts';
import { itemId } from '../../../schemas/inspiration.ts';
import { AppError } from '../../../domain/errors.ts';
import { stepView, type StepView } from '../../../domain/inspiration/step-view.ts';
import type { ItemKind, ItemSector, Province, Visibility } from '../../../domain/inspiration/item.ts';
import { renderMarkdown } from '../../text/markdown.ts';
import { isSaved } from '../../repositories/inspiration-use.ts';
import { readerOf } from './reader.ts';

export type InspirationItemPage = {
	id: string;
	kind: ItemKind;
	title: string;
	summary: string;
	/** Sanitised HTML rendered from the author's Markdown. */
	bodyHtml: string;
	publisher: string;
	contactName: string | null;
	contactEmail: string | null;
	sectors: ItemSector[];
	themes: { id: string; label: string }[];
	region: Province | null;
	language: string;
	licence: string;
	visibility: Visibility;
	steps: StepView[];
	publishedAt: Date;
	views: number;
	/** Whether the reader saved it to their own list; `null` for a visitor without an account. */
	saved: boolean | null;
};

/**
 * Public for public items; an item that is not published, or that the reader may not read, does not
 * exist for them (not found, never "forbidden": its existence does not leak). Reading counts a view.
 * A signed-in reader also learns whether they saved it — their own list, nobody else's.
 */
export async function getInspirationItem(db: Db, userId: string | null, rawId: string): Promise<InspirationItemPage> {
	const id = itemId.safeParse(rawId);
	if (!id.success) throw new AppError('not_found');
	const reader = await readerOf(db, userId);
	const found = await findReadableItem(db, id.data, reader);
	if (!found) throw new AppError('not_found');
	const { item, publisher, steps } = found;
	await countView(db, item.id);
	// Only the models the item is tagged with; versions come oldest first, so the latest wins.
	const [themes, versions, saved] = await Promise.all([
		listThemes(db, item.themes),
		findVersions(db, [...new Set(steps.map((s) => s.modelId))]),
		reader.signedIn && userId ? isSaved(db, userId, item.id) : null
	]);
	const byId = new Map(versions.map((v) => [v.modelId, v.content]));
	return {
		id: item.id,
		kind: item.kind,
		title: item.title,
		summary: item.summary,
		bodyHtml: renderMarkdown(item.body),
		publisher,
		contactName: item.contactName,
		contactEmail: item.contactEmail,
		sectors: item.sectors,
		themes: themes.map((t) => ({ id: t.id, label: t.label })),
		region: item.region,
		language: item.language,
		licence: item.licence,
		visibility: item.visibility,
		steps: steps.flatMap((s) => stepView(byId.get(s.modelId), s) ?? []),
		publishedAt: item.publishedAt ?? item.createdAt,
		views: item.views + 1,
		saved
	};
}
