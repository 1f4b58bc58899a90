/** The plan page's data as the use-case returns it, for the components that show its parts. */
import type { getPlan } from '#lib/server/use-cases/plans/get-plan.ts';

export type PlanView = Awaited<ReturnType<typeof getPlan>>;
export type PlanGoalView = PlanView['goals'][number];
export type PlanModel = PlanView['model'];

/** "2. Tussen": a level as the plan page names it. */
export const levelName = (model: PlanModel, n: number) => `${n}. ${model.levels[n - 1] ?? ''}`;

/** Adding clears the form; changing keeps what is there. */
export const keep =
	() =>
	async ({ update }: { update: (o?: { reset?: boolean }) => Promise<void> }) =>
		update({ reset: false });
