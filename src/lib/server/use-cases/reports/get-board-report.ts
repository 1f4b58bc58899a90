import type { Db } from '../../db/client.ts';
import { clustersOf, schoolsUnder } from '../../repositories/organisations.ts';
import { access } from '../../auth/access.ts';
import { modelTitles } from '../../repositories/models.ts';
import { pinnedModel } from '../../reflection/round-model.ts';
import { AppError } from '../../../domain/errors.ts';
import { buildBoardView, type BoardView } from '../../../domain/reflection/report/board-view.ts';
import type { OrganisationKind } from '../../../domain/organisation/types.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import { LAYERS, type Layer } from '../../../domain/model/format.ts';
import { orderSchools } from '../../../domain/organisation/school-order.ts';
import { schoolInputs } from '../../reports/round-report-data.ts';
import { finishedRoundsOf } from '../../repositories/finished-rounds.ts';

type BoardReportBase = {
	organisation: { id: string; name: string; kind: OrganisationKind };
	models: { id: string; title: string }[];
	modelId: string | null;
	layer: Layer | null;
	clusters: { id: string; name: string }[];
};

/** Without a finished round on any model there is no view; otherwise the heatmap of one model. */
export type BoardReport =
	| (BoardReportBase & { view: null; scale: 0; levels: string[] })
	| (BoardReportBase & {
			view: BoardView;
			scale: number;
			levels: string[];
			withoutRound: { id: string; name: string }[];
	  });

/**
 * A board's, cluster's or partnership's view across its schools on one model: each school's latest
 * finished round, as a schools × aspects heatmap with roll-ups per cluster. Schools under the
 * threshold are listed without figures; the order is by cluster and name, never a ranking.
 */
export async function getBoardReport(
	db: Db,
	actorId: string | null,
	organisationId: unknown,
	query: { modelId?: string; layer?: string }
): Promise<BoardReport> {
	const { organisation } = await access(db, actorId, 'organisation', organisationId, 'rounds.view');
	if (!['board', 'cluster', 'partnership', 'network'].includes(organisation.kind)) throw new AppError('not_found');

	const schools = await schoolsUnder(db, organisation);
	const schoolIds = schools.map((s) => s.id);
	const candidates = await finishedRoundsOf(db, schoolIds, dutchDate(new Date()));
	const available = await modelTitles(db, [...new Set(candidates.map((c) => c.modelId))]);
	const modelId = available.find((m) => m.id === query.modelId)?.id ?? available[0]?.id;
	const layer = LAYERS.find((l) => l === query.layer);
	const clusters = await clustersOf(db, organisation);
	const base = {
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
		models: available,
		modelId: modelId ?? null,
		layer: layer ?? null,
		clusters
	};
	if (!modelId) return { ...base, view: null, scale: 0, levels: [] };

	const latest = new Map<string, (typeof candidates)[number]>();
	for (const c of candidates)
		if (c.modelId === modelId && !latest.has(c.organisationId)) latest.set(c.organisationId, c);
	const newest = [...latest.values()].reduce((max, r) => Math.max(max, r.modelVersion), 0);
	const model = await pinnedModel(db, modelId, newest);
	const ordered = orderSchools(schools, clusters);
	const chosen = ordered.flatMap((s) => {
		const round = latest.get(s.id);
		return round ? [{ round, name: s.name, clusterId: s.clusterId }] : [];
	});
	const view = buildBoardView({
		scale: model.levels.length,
		aspects: model.aspects.map((a) => ({ id: a.id, name: a.name })),
		schools: await schoolInputs(db, chosen),
		layer
	});
	const withoutRound = ordered.filter((s) => !latest.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
	return { ...base, view, scale: model.levels.length, levels: model.levels.map((l) => l.name), withoutRound };
}
