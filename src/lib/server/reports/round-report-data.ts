/**
 * Builds the report of one round from counts in the database. Shared by the report page, its
 * exports and the plans: the thresholds of each round apply to that round.
 */
import type { Db } from '../db/client.ts';
import { pinnedModel } from '../reflection/round-model.ts';
import { layersOf, type RoundRow } from '../repositories/rounds.ts';
import { ambitionCounts, answerCounts, commentsOf, respondentsPerLayer } from '../repositories/report-counts.ts';
import { finishedRoundCounts } from '../repositories/round-aggregates.ts';
import { earlierFinishedRounds, finishedSectorRounds } from '../repositories/finished-rounds.ts';
import { questionItems } from '../../domain/reflection/items.ts';
import { buildSchoolReport, commentLayers, type SchoolReport } from '../../domain/reflection/report/school-report.ts';
import {
	BENCHMARK_MIN_SCHOOLS,
	buildBenchmark,
	type RollUp,
	type SchoolInput
} from '../../domain/reflection/report/board-view.ts';
import { trendPoint, type TrendPoint } from '../../domain/reflection/report/trend.ts';
import { closingDay } from '../../domain/reflection/round.ts';
import type { DevelopmentModel, Layer } from '../../domain/model/format.ts';
import type { Sector } from '../../domain/organisation/types.ts';

export async function roundReport(db: Db, round: RoundRow): Promise<{ model: DevelopmentModel; report: SchoolReport }> {
	const model = await pinnedModel(db, round.modelId, round.modelVersion);
	const layers = (await layersOf(db, round.id)).map((l) => l.layer);
	const respondents = Object.fromEntries(
		(await respondentsPerLayer(db, [round.id])).map((r) => [r.layer, r.n])
	) as Partial<Record<Layer, number>>;
	const thresholds = { scores: round.thresholdScores, comments: round.thresholdComments };
	const report = buildSchoolReport({
		scale: model.levels.length,
		layers,
		items: questionItems(model, round.mode, layers[0] ?? 'leraren'),
		respondents,
		answers: await answerCounts(db, round.id),
		ambitions: await ambitionCounts(db, round.id),
		// Comments are fetched only for the layers the report may show them of.
		comments: await commentsOf(db, round.id, commentLayers({ layers, respondents, thresholds })),
		thresholds
	});
	return { model, report };
}

/**
 * The trend against earlier rounds: each earlier round with its own thresholds, from the counts of
 * all of them at once. A trend point needs medians and respondents only, never ambitions or comments.
 */
export async function trendOf(db: Db, round: RoundRow, today: string): Promise<TrendPoint[]> {
	const earlier = await earlierFinishedRounds(db, round, today);
	const counted = await finishedRoundCounts(
		db,
		earlier.map((e) => e.round)
	);
	const points: TrendPoint[] = [];
	for (const { round: r, layers } of earlier) {
		const model = await pinnedModel(db, r.modelId, r.modelVersion);
		const report = buildSchoolReport({
			scale: model.levels.length,
			layers,
			items: questionItems(model, r.mode, layers[0] ?? 'leraren'),
			respondents: counted.get(r.id)?.respondents ?? {},
			answers: counted.get(r.id)?.counts ?? [],
			ambitions: [],
			comments: [],
			thresholds: { scores: r.thresholdScores, comments: r.thresholdComments }
		});
		// Each earlier round is named by the day it actually closed.
		points.push(trendPoint({ ...r, closesOn: closingDay(r).day }, report));
	}
	return points;
}

/**
 * The latest finished round on this model of every school of the given sector on the platform,
 * pooled as a benchmark (only shown from enough contributing schools; ADR 008).
 */
export async function sectorBenchmark(
	db: Db,
	sector: Sector,
	model: DevelopmentModel,
	today: string
): Promise<RollUp | null> {
	const candidates = await finishedSectorRounds(db, sector, model.id, today);
	const latest = new Map<string, (typeof candidates)[number]>();
	for (const c of candidates) if (!latest.has(c.round.organisationId)) latest.set(c.round.organisationId, c);
	const chosen = [...latest.values()];
	// Fewer schools cannot make a benchmark: no need to count their answers.
	if (chosen.length < BENCHMARK_MIN_SCHOOLS) return null;
	return buildBenchmark({
		scale: model.levels.length,
		aspects: model.aspects.map((a) => ({ id: a.id, name: a.name })),
		schools: await schoolInputs(
			db,
			chosen.map((c) => ({ round: c.round, name: c.schoolName, clusterId: null }))
		)
	});
}

export async function schoolInputs(
	db: Db,
	chosen: { round: RoundRow; name: string; clusterId: string | null }[]
): Promise<SchoolInput[]> {
	const counted = await finishedRoundCounts(
		db,
		chosen.map((c) => c.round)
	);
	return chosen.map((c) => ({
		schoolId: c.round.organisationId,
		name: c.name,
		clusterId: c.clusterId,
		threshold: c.round.thresholdScores,
		respondents: counted.get(c.round.id)?.respondents ?? {},
		counts: counted.get(c.round.id)?.counts ?? []
	}));
}
