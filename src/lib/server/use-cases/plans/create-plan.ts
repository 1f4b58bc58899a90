import type { Db } from '../../db/client.ts';
import { insertGoals, insertPlan } from '../../repositories/plan-inserts.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { roundReport } from '../../reports/round-report-data.ts';
import { findPlanFor } from '../../repositories/plans.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { focusLevels, planStartInput } from '../../../schemas/plans.ts';
import { checkFocus, currentPhase } from '../../../domain/plan/plan.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';

/**
 * A school's plan for a school year, made from a finished round: two or three focus aspects, each
 * with the phase the school is in and the phase it aims for. One plan per school, year and model.
 */
export async function createPlan(
	db: Db,
	actorId: string | null,
	roundId: unknown,
	input: Record<string, unknown>
): Promise<{ id: string }> {
	const { actor, resource: round, organisation } = await access(db, actorId, 'round', roundId, 'plans.manage');
	if (organisation.kind !== 'school') throw new AppError('not_found');
	if (roundStatus(round, dutchDate(new Date())) !== 'closed') throw new AppError('conflict');
	const data = parseInput(planStartInput, input);
	const { model, report } = await roundReport(db, round);
	const medians = new Map(report.aspects.map((a) => [a.aspectId, a.overall.median]));
	// Where the school stands comes from the report; only where the report has no median (all "weet
	// ik niet", or no shown layer) does the school leader say it.
	const choices = data.focus.map((aspectId) => {
		const sent = focusLevels(input, aspectId);
		return {
			aspectId,
			target: sent.target,
			current: currentPhase(medians.get(aspectId) ?? null, model.levels.length) ?? sent.current
		};
	});
	const issues = checkFocus(choices, { scale: model.levels.length, aspects: model.aspects.map((a) => a.id) });
	if (issues.length > 0) throw new AppError('invalid_input', 'invalid_input', issues);
	if (await findPlanFor(db, organisation.id, data.schoolYear, model.id))
		throw new AppError('conflict', 'conflict', [{ field: 'schoolYear', message: 'plan_exists' }]);

	const order = model.aspects.map((a) => a.id);
	return db.transaction(async (tx) => {
		const plan = await insertPlan(tx, {
			organisationId: organisation.id,
			schoolYear: data.schoolYear,
			modelId: model.id,
			modelVersion: round.modelVersion,
			roundId: round.id,
			createdBy: actor.userId
		});
		if (!plan) throw new AppError('conflict', 'conflict', [{ field: 'schoolYear', message: 'plan_exists' }]);
		await insertGoals(
			tx,
			choices
				.sort((a, b) => order.indexOf(a.aspectId) - order.indexOf(b.aspectId))
				.map((c, position) => ({
					planId: plan,
					aspectId: c.aspectId,
					currentLevel: c.current,
					currentMedian: medians.get(c.aspectId) ?? null,
					targetLevel: c.target,
					position
				}))
		);
		return { id: plan };
	});
}
