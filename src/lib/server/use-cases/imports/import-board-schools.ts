import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parseSchoolFile } from '../../../domain/organisation/school-import.ts';
import type { ImportFailure } from '../../../domain/organisation/import-issues.ts';
import { upsertSchoolBatch } from '../../repositories/school-upsert.ts';
import { BATCH, type OnProgress } from './progress.ts';

export type SchoolImportOutcome =
	| { ok: true; created: number; updated: number; boardsCreated: number; skipped: number }
	| { ok: false; failure: ImportFailure };

/**
 * A board imports its schools from a national registry file as it was downloaded. Rows of other
 * boards are skipped (the file holds the whole country); the board's own rows are all checked
 * first and saved in one transaction, so a bad file changes nothing.
 */
export async function importBoardSchools(
	db: Db,
	actorId: string | null,
	boardId: unknown,
	bytes: Uint8Array,
	onProgress: OnProgress = () => {}
): Promise<SchoolImportOutcome> {
	const { organisation: board } = await access(db, actorId, 'organisation', boardId, 'organisation.import');
	if (board.kind !== 'board') throw new AppError('forbidden');
	onProgress({ phase: 'reading', done: 0, total: 0 });
	const parsed = parseSchoolFile(bytes);
	if (!parsed.ok) return { ok: false, failure: parsed };
	onProgress({ phase: 'checking', done: parsed.rows.length, total: parsed.rows.length });
	const own = board.boardNumber ? parsed.rows.filter((r) => r.boardNumber === board.boardNumber) : parsed.rows;
	const skipped = parsed.rows.length - own.length;
	return db.transaction(async (tx) => {
		let created = 0;
		let updated = 0;
		for (let i = 0; i < own.length; i += BATCH) {
			const counts = await upsertSchoolBatch(tx, own.slice(i, i + BATCH), () => board.id);
			created += counts.created;
			updated += counts.updated;
			onProgress({ phase: 'saving', done: Math.min(i + BATCH, own.length), total: own.length });
		}
		return { ok: true as const, created, updated, boardsCreated: 0, skipped };
	});
}
