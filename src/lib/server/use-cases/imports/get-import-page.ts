import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { AppError } from '../../../domain/errors.ts';

export type ImportPage = {
	organisation: { id: string; name: string; kind: string; boardNumber: string | null };
	schools: boolean;
	people: boolean;
};

/** Which imports the person may run in this organisation: schools into a board, people into a board or school. */
export async function getImportPage(db: Db, actorId: string | null, organisationId: unknown): Promise<ImportPage> {
	const { organisation } = await access(db, actorId, 'organisation', organisationId, 'organisation.import');
	if (organisation.kind !== 'board' && organisation.kind !== 'school') throw new AppError('forbidden');
	return {
		organisation: {
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			boardNumber: organisation.boardNumber
		},
		schools: organisation.kind === 'board',
		people: true
	};
}
