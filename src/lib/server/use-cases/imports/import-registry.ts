import type { Db } from '../../db/client.ts';
import { boardsByNumber, insertBoards } from '../../repositories/registry-boards.ts';
import { loadActor, requirePlatformAdmin } from '../../auth/authorize.ts';
import { parseSchoolFile } from '../../../domain/organisation/school-import.ts';
import { upsertSchoolBatch } from '../../repositories/school-upsert.ts';
import { BATCH, type OnProgress } from './progress.ts';
import type { SchoolImportOutcome } from './import-board-schools.ts';

/**
 * The platform imports the national registry: every board and school location in the file is
 * created or updated, all or nothing. Boards are matched on their number; a board first seen
 * here is named after the file (or "Bestuur <number>" when the file has no board names).
 */
export async function importRegistry(
	db: Db,
	actorId: string | null,
	bytes: Uint8Array,
	onProgress: OnProgress = () => {}
): Promise<SchoolImportOutcome> {
	requirePlatformAdmin(await loadActor(db, actorId));
	onProgress({ phase: 'reading', done: 0, total: 0 });
	const parsed = parseSchoolFile(bytes);
	if (!parsed.ok) return { ok: false, failure: parsed };
	const rows = parsed.rows;
	onProgress({ phase: 'checking', done: rows.length, total: rows.length });
	return db.transaction(async (tx) => {
		const numbers = [...new Set(rows.map((r) => r.boardNumber))];
		const boardIds = new Map<string, string>();
		for (let i = 0; i < numbers.length; i += BATCH) {
			const known = await boardsByNumber(tx, numbers.slice(i, i + BATCH));
			for (const b of known) if (b.boardNumber) boardIds.set(b.boardNumber, b.id);
		}
		const missing = numbers.filter((n) => !boardIds.has(n));
		const firstRowOf = new Map<string, (typeof rows)[number]>();
		for (const r of rows) if (!firstRowOf.has(r.boardNumber)) firstRowOf.set(r.boardNumber, r);
		for (let i = 0; i < missing.length; i += BATCH) {
			const slice = missing.slice(i, i + BATCH);
			const inserted = await insertBoards(
				tx,
				slice.map((number) => {
					const row = firstRowOf.get(number);
					return {
						boardNumber: number,
						name: row?.boardName ?? `Bestuur ${number}`,
						municipality: row?.municipality ?? null
					};
				})
			);
			for (const b of inserted) if (b.boardNumber) boardIds.set(b.boardNumber, b.id);
		}
		let created = 0;
		let updated = 0;
		for (let i = 0; i < rows.length; i += BATCH) {
			const counts = await upsertSchoolBatch(tx, rows.slice(i, i + BATCH), (r) => boardIds.get(r.boardNumber)!);
			created += counts.created;
			updated += counts.updated;
			onProgress({ phase: 'saving', done: Math.min(i + BATCH, rows.length), total: rows.length });
		}
		return { ok: true as const, created, updated, boardsCreated: missing.length, skipped: 0 };
	});
}
