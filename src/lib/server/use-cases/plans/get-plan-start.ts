import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { roundReport } from '../../reports/round-report-data.ts';
import { findPlanFor } from '../../repositories/plans.ts';
import { currentPhase } from '../../../domain/plan/plan.ts';
import { suggestsActions } from '../../../domain/plan/suggestions.ts';
import { modelScaleWords } from '../../../domain/model/scale-words.ts';
import { nextSchoolYear, schoolYearOf } from '../../../domain/plan/school-year.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';

/**
 * The page that turns a round's report into a plan: per aspect where the school stands (the median
 * over the shown layers, as a phase), with the report's development potential chosen to start with.
 */
export async function getPlanStart(db: Db, actorId: string | null, roundId: unknown) {
	const { resource: round, organisation } = await access(db, actorId, 'round', roundId, 'plans.manage');
	if (organisation.kind !== 'school') throw new AppError('not_found');
	const today = dutchDate(new Date());
	if (roundStatus(round, today) !== 'closed') throw new AppError('conflict');
	const { model, report } = await roundReport(db, round);
	const thisYear = schoolYearOf(today);
	const years = [thisYear, nextSchoolYear(thisYear)];
	const existing = await Promise.all(years.map((y) => findPlanFor(db, organisation.id, y, model.id)));
	return {
		round: { id: round.id, title: round.title },
		organisation: { id: organisation.id, name: organisation.name },
		model: {
			id: model.id,
			title: model.title,
			language: model.language,
			scale: modelScaleWords(model),
			suggestsActions: suggestsActions(model)
		},
		levels: model.levels.map((l) => l.name),
		years: years.map((year, i) => ({ year, planId: existing[i]?.id ?? null })),
		empty: report.empty,
		aspects: report.aspects.map((a) => ({
			id: a.aspectId,
			name: a.name,
			median: a.overall.median,
			current: currentPhase(a.overall.median, report.scale),
			ambition: a.ambition.median,
			potential: report.potential.includes(a.aspectId),
			strength: report.strengths.includes(a.aspectId)
		}))
	};
}
