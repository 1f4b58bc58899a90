/** Development plans for tests and the demo, written straight to the database. */
import type { Db, Tx } from '../../db/client.ts';
import { planActions, planComments, planGoals, planMoments, plans } from '../../db/schema/index.ts';
import type { ActionStatus, MomentKind } from '../../../domain/plan/plan.ts';

type DbLike = Db | Tx;

export async function createPlan(
	db: DbLike,
	values: {
		organisationId: string;
		round: { id: string; modelId: string; modelVersion: number };
		schoolYear: string;
		goals: {
			aspectId: string;
			currentLevel: number;
			currentMedian?: number;
			targetLevel: number;
			description?: string;
		}[];
		actions?: {
			goal: number;
			what: string;
			ownerId?: string | null;
			startsOn?: string | null;
			dueOn?: string | null;
			status?: ActionStatus;
		}[];
		moments?: { kind: MomentKind; heldOn: string; notes: string }[];
		comments?: { authorId: string; text: string }[];
		createdBy?: string | null;
	}
): Promise<{ id: string; goalIds: string[] }> {
	const [plan] = await db
		.insert(plans)
		.values({
			organisationId: values.organisationId,
			schoolYear: values.schoolYear,
			modelId: values.round.modelId,
			modelVersion: values.round.modelVersion,
			roundId: values.round.id,
			createdBy: values.createdBy ?? null
		})
		.returning({ id: plans.id });
	const goals = await db
		.insert(planGoals)
		.values(
			values.goals.map((g, position) => ({
				planId: plan!.id,
				aspectId: g.aspectId,
				currentLevel: g.currentLevel,
				currentMedian: g.currentMedian ?? g.currentLevel,
				targetLevel: g.targetLevel,
				description: g.description ?? '',
				position
			}))
		)
		.returning({ id: planGoals.id });
	const goalIds = goals.map((g) => g.id);
	if (values.actions?.length)
		await db.insert(planActions).values(
			values.actions.map((a) => ({
				planId: plan!.id,
				goalId: goalIds[a.goal]!,
				what: a.what,
				ownerId: a.ownerId ?? null,
				startsOn: a.startsOn ?? null,
				dueOn: a.dueOn ?? null,
				status: a.status ?? 'planned'
			}))
		);
	if (values.moments?.length)
		await db.insert(planMoments).values(values.moments.map((mo) => ({ planId: plan!.id, ...mo })));
	if (values.comments?.length)
		await db.insert(planComments).values(values.comments.map((c) => ({ planId: plan!.id, ...c })));
	return { id: plan!.id, goalIds };
}
