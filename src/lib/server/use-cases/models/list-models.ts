import type { Db } from '../../db/client.ts';
import { listModels as listModelRows } from '../../repositories/models.ts';
import { summarise, type ModelSummaryView } from '../../../domain/model/summary.ts';

/** Public: the development models are open content for everyone, signed in or not. */
export async function listModels(db: Db): Promise<ModelSummaryView[]> {
	const rows = await listModelRows(db);
	return rows
		.map((row) => summarise(row.latest.content))
		.sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title, 'nl') : a.kind === 'model' ? -1 : 1));
}
