import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { can } from '../../../domain/permissions/can.ts';
import { pinnedModel } from '../../reflection/round-model.ts';
import { finishedRoundsOf } from '../../repositories/finished-rounds.ts';
import { clustersOf, schoolsUnder, type OrganisationRow } from '../../repositories/organisations.ts';
import { actionsOf, goalsOf, latestMomentsOf, plansOf } from '../../repositories/plans.ts';
import { progressOf, type MomentKind } from '../../../domain/plan/plan.ts';
import { isSchoolYear, schoolYearOf } from '../../../domain/plan/school-year.ts';
import { closingDay, dutchDate, type ClosingDay } from '../../../domain/reflection/round.ts';
import { modelScaleWords, type ScaleWords } from '../../../domain/model/scale-words.ts';
import type { OrganisationKind } from '../../../domain/organisation/types.ts';
import { clusterNameOf, orderSchools } from '../../../domain/organisation/school-order.ts';

export type PlanSummary = {
	id: string;
	schoolId: string;
	schoolYear: string;
	modelTitle: string;
	levels: string[];
	scale: ScaleWords;
	goals: { aspectName: string; currentLevel: number; targetLevel: number }[];
	progress: ReturnType<typeof progressOf>;
	lastMoment: { kind: MomentKind; heldOn: string } | null;
};

export type PlansOverview = {
	organisation: { id: string; name: string; kind: OrganisationKind };
	year: string;
	years: string[];
	schools: { id: string; name: string; cluster: string | null; plans: PlanSummary[] }[];
	finishedRounds: { id: string; title: string; closes: ClosingDay }[];
	can: { manage: boolean };
};

/**
 * The plans of a school (all years), or of every school of a board, cluster or partnership for one
 * school year: focus aspects with where each school is and wants to be, how far the actions are, and
 * the latest moment of the cycle. Schools without a plan are listed too. Never a ranking: the order
 * is the board's own (cluster, then name).
 */
export async function getPlansOverview(
	db: Db,
	actorId: string | null,
	organisationId: unknown,
	query: { year?: string }
): Promise<PlansOverview> {
	const { actor, organisation, target } = await access(db, actorId, 'organisation', organisationId, 'plans.view');
	const today = dutchDate(new Date());
	const isSchool = organisation.kind === 'school';
	const schools: OrganisationRow[] = isSchool ? [organisation] : await schoolsUnder(db, organisation);
	const clusters = await clustersOf(db, organisation);
	const all = await plansOf(
		db,
		schools.map((s) => s.id)
	);
	const thisYear = schoolYearOf(today);
	const years = [...new Set([thisYear, ...all.map((p) => p.schoolYear)])].sort().reverse();
	const year = query.year && isSchoolYear(query.year) ? query.year : thisYear;
	const chosen = isSchool ? all : all.filter((p) => p.schoolYear === year);

	const ids = chosen.map((p) => p.id);
	const [goals, actions, moments] = await Promise.all([goalsOf(db, ids), actionsOf(db, ids), latestMomentsOf(db, ids)]);
	const plans = await Promise.all(
		chosen.map(async (p) => {
			const model = await pinnedModel(db, p.modelId, p.modelVersion);
			const last = moments.find((m) => m.planId === p.id);
			return {
				id: p.id,
				schoolId: p.organisationId,
				schoolYear: p.schoolYear,
				modelTitle: model.title,
				levels: model.levels.map((l) => l.name),
				scale: modelScaleWords(model),
				goals: goals
					.filter((g) => g.planId === p.id)
					.map((g) => ({
						aspectName: model.aspects.find((a) => a.id === g.aspectId)?.name ?? g.aspectId,
						currentLevel: g.currentLevel,
						targetLevel: g.targetLevel
					})),
				progress: progressOf(
					actions.filter((a) => a.planId === p.id),
					today
				),
				lastMoment: last ? { kind: last.kind, heldOn: last.heldOn } : null
			};
		})
	);

	const ordered = orderSchools(schools, clusters);
	// A school leader starts a plan from a finished round of the school.
	const mayManage = isSchool && can(actor, 'plans.manage', target);
	const finishedRounds = mayManage
		? (await finishedRoundsOf(db, [organisation.id], today)).map((r) => ({
				id: r.id,
				title: r.title,
				closes: closingDay(r)
			}))
		: [];
	return {
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
		year,
		years,
		schools: ordered.map((s) => ({
			id: s.id,
			name: s.name,
			cluster: clusterNameOf(clusters, s.clusterId),
			plans: plans.filter((p) => p.schoolId === s.id)
		})),
		finishedRounds,
		can: { manage: mayManage }
	};
}
