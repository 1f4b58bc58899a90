import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { listModels } from '../../repositories/models.ts';
import { defaultLayers } from '../../../domain/reflection/layers.ts';
import { hasIndicators } from '../../../domain/reflection/items.ts';
import { dutchDate, addDays } from '../../../domain/reflection/round.ts';
import type { Layer } from '../../../domain/model/format.ts';

export type NewRoundForm = {
	organisation: { id: string; name: string };
	models: { id: string; title: string; version: number; layers: Layer[]; indicators: boolean }[];
	defaults: { opensOn: string; closesOn: string };
};

/** What the leader chooses from when starting a round: the models (their newest version) and sensible dates. */
export async function getNewRoundForm(db: Db, actorId: string | null, organisationId: unknown): Promise<NewRoundForm> {
	const { organisation } = await access(db, actorId, 'organisation', organisationId, 'rounds.manage');
	const models = (await listModels(db))
		.map((m) => m.latest.content)
		.flatMap((content) =>
			content.kind === 'model'
				? [
						{
							id: content.id,
							title: content.title,
							version: content.version,
							layers: defaultLayers(content),
							indicators: hasIndicators(content)
						}
					]
				: []
		)
		.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
	const today = dutchDate(new Date());
	return {
		organisation: { id: organisation.id, name: organisation.name },
		models,
		defaults: { opensOn: today, closesOn: addDays(today, 14) }
	};
}
