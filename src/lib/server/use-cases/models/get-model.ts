import type { Db } from '../../db/client.ts';
import { getModelVersion, listVersionHeaders } from '../../repositories/models.ts';
import { AppError } from '../../../domain/errors.ts';
import type { ModelFile } from '../../../domain/model/format.ts';

export type ModelPage = {
	model: ModelFile;
	version: number;
	latestVersion: number;
	versions: { version: number; importedAt: Date }[];
};

/** Public: any version of any model can be read, so that a pinned round can always show its model. */
export async function getModel(db: Db, id: string, version?: number): Promise<ModelPage> {
	const row = await getModelVersion(db, id, version);
	if (!row) throw new AppError('not_found');
	const versions = await listVersionHeaders(db, id);
	return {
		model: row.content,
		version: row.version,
		latestVersion: versions[0]?.version ?? row.version,
		versions: versions.map((v) => ({ version: v.version, importedAt: v.importedAt }))
	};
}
