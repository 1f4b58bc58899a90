import type { Db } from '../../db/client.ts';
import { plansFromRound } from '../../repositories/plans.ts';
import { publishedFeedback } from '../../repositories/round-feedback.ts';
import { can } from '../../../domain/permissions/can.ts';
import {
	closingDay,
	dutchDate,
	roundStatus,
	type ClosingDay,
	type RoundStatus
} from '../../../domain/reflection/round.ts';
import { modelScale, type ModelScale } from '../../../domain/model/model-scale.ts';
import type { OrganisationKind, Sector } from '../../../domain/organisation/types.ts';
import type { SchoolReport } from '../../../domain/reflection/report/school-report.ts';
import type { TrendPoint } from '../../../domain/reflection/report/trend.ts';
import type { RollUp } from '../../../domain/reflection/report/board-view.ts';
import type { TeamAgreements } from '../../../domain/dialogue/agreements.ts';
import { access } from '../../auth/access.ts';
import { roundReport, sectorBenchmark, trendOf } from '../../reports/round-report-data.ts';
import { teamAgreements } from '../../reports/team-agreements.ts';
import { pinnedModel } from '../../reflection/round-model.ts';

type ReportBase = {
	round: {
		id: string;
		title: string;
		opensOn: string;
		closes: ClosingDay;
		status: RoundStatus;
		thresholds: { scores: number; comments: number };
	};
	organisation: { id: string; name: string; kind: OrganisationKind };
	team: TeamAgreements;
};

/** A finished round's report, as its page, charts, PDF and CSV show it. */
export type AvailableRoundReport = ReportBase & {
	available: true;
	model: { id: string; title: string; version: number } & ModelScale;
	report: SchoolReport;
	trend: TrendPoint[];
	benchmark: (RollUp & { sector: Sector }) | null;
	plans: { made: { id: string; schoolYear: string }[]; mayManage: boolean; feedbackPublished: boolean };
};

export type RoundReport = (ReportBase & { available: false }) | AvailableRoundReport;

/**
 * The report of a round, for everyone who may see the round. Only once the round has finished:
 * watching results change while answers come in would show what the last person answered (ADR 008).
 * The team's agreements are no answers: they show from the moment they are made (ADR 010).
 */
export async function getRoundReport(db: Db, actorId: string | null, id: unknown): Promise<RoundReport> {
	const { actor, resource: round, organisation, target } = await access(db, actorId, 'round', id, 'rounds.view');
	const today = dutchDate(new Date());
	const status = roundStatus(round, today);
	const base = {
		round: {
			id: round.id,
			title: round.title,
			opensOn: round.opensOn,
			closes: closingDay(round),
			status,
			thresholds: { scores: round.thresholdScores, comments: round.thresholdComments }
		},
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind }
	};
	if (status !== 'closed') {
		const model = await pinnedModel(db, round.modelId, round.modelVersion);
		return { ...base, available: false as const, team: await teamAgreements(db, round.id, model) };
	}
	const { model, report } = await roundReport(db, round);
	const sector = organisation.kind === 'school' ? organisation.sector : null;
	const benchmark = sector ? await sectorBenchmark(db, sector, model, today) : null;
	return {
		...base,
		available: true as const,
		model: {
			id: model.id,
			title: model.title,
			version: round.modelVersion,
			...modelScale(model)
		},
		report,
		trend: await trendOf(db, round, today),
		team: await teamAgreements(db, round.id, model),
		benchmark: benchmark && sector ? { ...benchmark, sector } : null,
		// From the report to a plan: the plans made from this round, and whether this person makes them.
		plans: {
			made: organisation.kind === 'school' ? await plansFromRound(db, round.id) : [],
			mayManage: organisation.kind === 'school' && can(actor, 'plans.manage', target),
			feedbackPublished: (await publishedFeedback(db, round.id)) !== undefined
		}
	};
}
