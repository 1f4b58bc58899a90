/**
 * Development models are platform content, visible to everyone (also signed out), so these queries
 * carry no tenant scope. Every version is kept: rounds pin one.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { models, modelVersions } from '../db/schema/index.ts';
import type { ModelFile } from '../../domain/model/format.ts';

export type ModelVersionRow = typeof modelVersions.$inferSelect;
export type ModelSummary = { id: string; kind: ModelFile['kind']; latest: ModelVersionRow; versions: number[] };

export async function findVersions(db: Db | Tx, ids: string[]): Promise<ModelVersionRow[]> {
	if (ids.length === 0) return [];
	return db
		.select()
		.from(modelVersions)
		.where(inArray(modelVersions.modelId, ids))
		.orderBy(modelVersions.modelId, modelVersions.version);
}

export async function findKinds(db: Db | Tx, ids: string[]): Promise<Map<string, ModelFile['kind']>> {
	if (ids.length === 0) return new Map();
	const rows = await db.select({ id: models.id, kind: models.kind }).from(models).where(inArray(models.id, ids));
	return new Map(rows.map((r) => [r.id, r.kind]));
}

export async function insertModelVersion(
	db: Db | Tx,
	model: ModelFile,
	checksum: string,
	origin: ModelVersionRow['origin']
): Promise<void> {
	await db.insert(models).values({ id: model.id, kind: model.kind }).onConflictDoNothing();
	await db.insert(modelVersions).values({
		modelId: model.id,
		version: model.version,
		title: model.title,
		language: model.language,
		content: model,
		checksum,
		origin
	});
}

/** The newest version of every model, with the list of its version numbers. */
export async function listModels(db: Db): Promise<ModelSummary[]> {
	const rows = await db.select().from(modelVersions).orderBy(modelVersions.modelId, desc(modelVersions.version));
	const byModel = new Map<string, ModelSummary>();
	for (const row of rows) {
		const existing = byModel.get(row.modelId);
		if (existing) existing.versions.push(row.version);
		else byModel.set(row.modelId, { id: row.modelId, kind: row.content.kind, latest: row, versions: [row.version] });
	}
	return [...byModel.values()];
}

export async function getModelVersion(db: Db, id: string, version?: number): Promise<ModelVersionRow | undefined> {
	const where =
		version === undefined
			? eq(modelVersions.modelId, id)
			: and(eq(modelVersions.modelId, id), eq(modelVersions.version, version));
	const [row] = await db.select().from(modelVersions).where(where).orderBy(desc(modelVersions.version)).limit(1);
	return row;
}

export async function listVersionHeaders(
	db: Db,
	id: string
): Promise<Pick<ModelVersionRow, 'version' | 'title' | 'importedAt'>[]> {
	return db
		.select({ version: modelVersions.version, title: modelVersions.title, importedAt: modelVersions.importedAt })
		.from(modelVersions)
		.where(eq(modelVersions.modelId, id))
		.orderBy(desc(modelVersions.version));
}

export async function countModels(db: Db): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(models);
	return row?.n ?? 0;
}

/** The titles of the newest versions of some models, without loading their content. */
export async function modelTitles(db: Db, ids: string[]): Promise<{ id: string; title: string }[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectDistinctOn([modelVersions.modelId], { id: modelVersions.modelId, title: modelVersions.title })
		.from(modelVersions)
		.where(inArray(modelVersions.modelId, ids))
		.orderBy(modelVersions.modelId, desc(modelVersions.version));
	return rows.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
