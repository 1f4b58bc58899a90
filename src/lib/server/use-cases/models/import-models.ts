/**
 * Operator: run by the model CLI and at start-up, never from the web (the coverage test checks that).
 * Import one or more model files, all or nothing: if any file has any problem, nothing is stored
 * and every problem of every file is reported. A version, once imported, never changes; importing
 * the same content again is a no-op, so shipped content can be imported at every start-up.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { parseModelText } from '../../../domain/model/parse-file.ts';
import { validateModel, type ModelIssue } from '../../../domain/model/validate.ts';
import { canonicalJson } from '../../../domain/model/canonical.ts';
import type { ModelFile } from '../../../domain/model/format.ts';
import { findKinds, findVersions, insertModelVersion, type ModelVersionRow } from '../../repositories/models.ts';

export type ModelFileInput = { name: string; text: string };
export type FileReport =
	| { name: string; status: 'invalid'; issues: ModelIssue[] }
	| { name: string; status: 'imported' | 'unchanged' | 'valid'; id: string; version: number; kind: ModelFile['kind'] };
export type ImportResult = { ok: boolean; files: FileReport[] };

type Checked = { name: string; model: ModelFile; checksum: string };

export function checksumOf(model: ModelFile): string {
	return createHash('sha256').update(canonicalJson(model)).digest('hex');
}

/** Parse and validate without touching the database. */
export function checkModelFiles(files: ModelFileInput[]): { checked: Checked[]; reports: FileReport[] } {
	const checked: Checked[] = [];
	const reports: FileReport[] = [];
	for (const file of files) {
		const parsed = parseModelText(file.text);
		if (!parsed.ok) {
			reports.push({ name: file.name, status: 'invalid', issues: parsed.issues });
			continue;
		}
		const result = validateModel(parsed.value);
		if (!result.ok) {
			reports.push({ name: file.name, status: 'invalid', issues: result.issues });
			continue;
		}
		const { model } = result;
		checked.push({ name: file.name, model, checksum: checksumOf(model) });
		reports.push({ name: file.name, status: 'valid', id: model.id, version: model.version, kind: model.kind });
	}
	return { checked, reports };
}

export async function importModels(
	db: Db,
	files: ModelFileInput[],
	origin: ModelVersionRow['origin']
): Promise<ImportResult> {
	const { checked, reports } = checkModelFiles(files);
	if (reports.some((r) => r.status === 'invalid')) return { ok: false, files: reports };

	return db.transaction(async (tx) => {
		const ids = [...new Set(checked.map((c) => c.model.id))];
		const existing = await findVersions(tx, ids);
		const kinds = await findKinds(tx, ids);
		const out: FileReport[] = [];
		const toInsert: Checked[] = [];
		const seenInBatch = new Map<string, string>();
		for (const item of checked) {
			const { model } = item;
			const issues: ModelIssue[] = [];
			const key = `${model.id}@${model.version}`;
			const same = existing.find((row) => row.modelId === model.id && row.version === model.version);
			const latest = Math.max(0, ...existing.filter((row) => row.modelId === model.id).map((row) => row.version));
			const knownKind = kinds.get(model.id);
			if (knownKind && knownKind !== model.kind) {
				issues.push({ path: 'kind', code: 'kind_changed', params: { id: model.id, existing: knownKind } });
			}
			const batchChecksum = seenInBatch.get(key);
			if ((same && same.checksum !== item.checksum) || (batchChecksum && batchChecksum !== item.checksum)) {
				issues.push({ path: 'version', code: 'version_exists', params: { id: model.id, version: model.version } });
			} else if (!same && model.version < latest) {
				issues.push({ path: 'version', code: 'version_older', params: { version: model.version, latest } });
			}
			if (issues.length > 0) {
				out.push({ name: item.name, status: 'invalid', issues });
				continue;
			}
			if (same || batchChecksum) {
				out.push({ name: item.name, status: 'unchanged', id: model.id, version: model.version, kind: model.kind });
				continue;
			}
			seenInBatch.set(key, item.checksum);
			toInsert.push(item);
			out.push({ name: item.name, status: 'imported', id: model.id, version: model.version, kind: model.kind });
		}
		if (out.some((r) => r.status === 'invalid')) return { ok: false, files: out };
		for (const item of toInsert) await insertModelVersion(tx, item.model, item.checksum, origin);
		return { ok: true, files: out };
	});
}
