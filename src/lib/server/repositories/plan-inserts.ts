/** New plans with their goals and actions: made from a round, or copied into the next school year. */
import type { Db, Tx } from '../db/client.ts';
import { planActions, planGoals, plans } from '../db/schema/index.ts';

type DbLike = Db | Tx;
type NewPlan = Omit<typeof plans.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
type NewGoal = Omit<typeof planGoals.$inferInsert, 'id'>;
type NewAction = Omit<typeof planActions.$inferInsert, 'id'>;

/** The new plan's id, or undefined when the school already has a plan for that year and model. */
export async function insertPlan(db: DbLike, values: NewPlan): Promise<string | undefined> {
	const [row] = await db.insert(plans).values(values).onConflictDoNothing().returning({ id: plans.id });
	return row?.id;
}

export async function insertGoal(db: DbLike, values: NewGoal): Promise<string> {
	const [row] = await db.insert(planGoals).values(values).returning({ id: planGoals.id });
	return row!.id;
}

export async function insertGoals(db: DbLike, values: NewGoal[]): Promise<void> {
	if (values.length > 0) await db.insert(planGoals).values(values);
}

/** Inserts the actions and returns their ids, in the order given. */
export async function insertActions(db: DbLike, values: NewAction[]): Promise<string[]> {
	if (values.length === 0) return [];
	const rows = await db.insert(planActions).values(values).returning({ id: planActions.id });
	return rows.map((r) => r.id);
}
