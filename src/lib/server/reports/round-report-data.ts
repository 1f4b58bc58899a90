/**
 * Builds the report of one round from counts in the database. Shared by the report page, its
 * exports and the trend (earlier rounds): the thresholds of each round apply to that round.
 */
import { and, desc, eq, isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations, rounds } from '../db/schema/index.ts';
import { pinnedModel } from '../reflection/round-model.ts';
import { layersOf, type RoundRow } from '../repositories/rounds.ts';
import { ambitionCounts, answerCounts, commentsOf, respondentsPerLayer } from '../repositories/report-counts.ts';
import { finishedRoundCounts } from '../repositories/round-aggregates.ts';
import { questionItems } from '../../domain/reflection/items.ts';
import { buildSchoolReport, type SchoolReport } from '../../domain/reflection/report/school-report.ts';
import { buildBenchmark, type RollUp, type SchoolInput } from '../../domain/reflection/report/board-view.ts';
import { trendPoint, type TrendPoint } from '../../domain/reflection/report/trend.ts';
import { closingDay, dutchDate } from '../../domain/reflection/round.ts';
import type { DevelopmentModel, Layer } from '../../domain/model/format.ts';
import type { Sector } from '../../domain/organisation/types.ts';

export async function roundReport(db: Db, round: RoundRow): Promise<{ model: DevelopmentModel; report: SchoolReport }> {
	const model = await pinnedModel(db, round.modelId, round.modelVersion);
	const layers = (await layersOf(db, round.id)).map((l) => l.layer);
	const items = questionItems(model, round.mode, layers[0] ?? 'leraren');
	const respondents = Object.fromEntries(
		(await respondentsPerLayer(db, [round.id])).map((r) => [r.layer, r.n])
	) as Partial<Record<Layer, number>>;
	const base = {
		scale: model.levels.length,
		layers,
		items,
		respondents,
		answers: await answerCounts(db, round.id),
		ambitions: await ambitionCounts(db, round.id),
		comments: [],
		thresholds: { scores: round.thresholdScores, comments: round.thresholdComments }
	};
	// Comments are fetched only for the layers the report may show them of.
	const allowed = buildSchoolReport(base)
		.layers.filter((l) => l.commentsShown)
		.map((l) => l.layer);
	const report = buildSchoolReport({ ...base, comments: await commentsOf(db, round.id, allowed) });
	return { model, report };
}

/** A round is finished — and reportable — once closed by hand or past its closing date. */
export const finished = (today: string) => or(isNotNull(rounds.closedAt), lt(rounds.closesOn, today));

export async function trendOf(db: Db, round: RoundRow): Promise<TrendPoint[]> {
	const today = dutchDate();
	const earlier = await db
		.select()
		.from(rounds)
		.where(
			and(
				eq(rounds.organisationId, round.organisationId),
				eq(rounds.modelId, round.modelId),
				isNotNull(rounds.openedAt),
				finished(today),
				lt(rounds.opensOn, round.opensOn)
			)
		)
		.orderBy(desc(rounds.closesOn))
		.limit(5);
	const points = [];
	// Each earlier round is named by the day it actually closed.
	for (const r of earlier.reverse())
		points.push(trendPoint({ ...r, closesOn: closingDay(r).day }, (await roundReport(db, r)).report));
	return points;
}

/**
 * The latest finished round on this model of every school of the given sector on the platform,
 * pooled as a benchmark (only shown from five contributing schools; ADR 008).
 */
export async function sectorBenchmark(db: Db, sector: Sector, model: DevelopmentModel): Promise<RollUp | null> {
	const today = dutchDate();
	const candidates = await db
		.select({ round: rounds, schoolName: organisations.name })
		.from(rounds)
		.innerJoin(organisations, eq(organisations.id, rounds.organisationId))
		.where(
			and(
				eq(organisations.kind, 'school'),
				eq(organisations.sector, sector),
				eq(rounds.modelId, model.id),
				isNotNull(rounds.openedAt),
				finished(today)
			)
		)
		.orderBy(desc(rounds.closesOn));
	const latest = new Map<string, (typeof candidates)[number]>();
	for (const c of candidates) if (!latest.has(c.round.organisationId)) latest.set(c.round.organisationId, c);
	const chosen = [...latest.values()];
	if (chosen.length < 5) return null;
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
