/** Private reflections: every query is narrowed to the person whose reflection it is. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { privateReflections } from '../db/schema/index.ts';
import type { Answer, Comment } from '../../domain/reflection/answers.ts';

type DbLike = Db | Tx;
export type PrivateReflectionRow = typeof privateReflections.$inferSelect;

export async function findOwnReflection(db: DbLike, userId: string, id: string) {
	const [row] = await db
		.select()
		.from(privateReflections)
		.where(and(eq(privateReflections.id, id), eq(privateReflections.userId, userId)));
	return row;
}

export async function reflectionsOf(db: DbLike, userId: string) {
	return db
		.select({
			id: privateReflections.id,
			title: privateReflections.title,
			modelId: privateReflections.modelId,
			updatedAt: privateReflections.updatedAt
		})
		.from(privateReflections)
		.where(eq(privateReflections.userId, userId))
		.orderBy(desc(privateReflections.updatedAt));
}

export async function insertPrivateReflection(
	db: DbLike,
	values: Omit<typeof privateReflections.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'answers' | 'comments'>
): Promise<string> {
	const [row] = await db
		.insert(privateReflections)
		.values({ ...values, answers: [], comments: [] })
		.returning({ id: privateReflections.id });
	return row!.id;
}

export async function saveOwnAnswers(
	db: DbLike,
	userId: string,
	id: string,
	values: { answers: Answer[]; comments: Comment[] }
): Promise<void> {
	await db
		.update(privateReflections)
		.set({ ...values, updatedAt: new Date() })
		.where(and(eq(privateReflections.id, id), eq(privateReflections.userId, userId)));
}
