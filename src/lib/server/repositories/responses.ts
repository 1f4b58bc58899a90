/**
 * Writing anonymous answers. A first save inserts the response, its answers and its comments in one
 * statement (one round trip, atomic without a transaction): this is the platform's hottest write,
 * e.g. a national reflection week with pupils. The statement itself refuses a round that is not
 * open, so closing a round takes effect at once, whatever any cache says.
 */
import { and, eq, sql } from 'drizzle-orm';
import { executeRows, type Db, type Tx } from '../db/client.ts';
import { answers, responseComments, responses } from '../db/schema/index.ts';
import type { Answer, Comment } from '../../domain/reflection/answers.ts';
import type { Layer } from '../../domain/model/format.ts';

type DbLike = Db | Tx;
export type ResponseRow = typeof responses.$inferSelect;

const openRound = (roundId: string, today: string) => sql`
	select 1 from rounds
	where id = ${roundId} and opened_at is not null and closed_at is null and opens_on <= ${today}::date and closes_on >= ${today}::date`;

/**
 * Returns the new response id, or null when the round is not open, the layer is full, or a response
 * with this resume hash exists already (the same page's other save came first).
 */
export async function insertResponse(
	db: DbLike,
	input: {
		roundId: string;
		layer: Layer;
		resumeHash: string;
		today: string;
		submit: boolean;
		answers: Answer[];
		comments: Comment[];
		maxPerLayer: number | null;
	}
): Promise<string | null> {
	const { roundId, layer, today } = input;
	const cap =
		input.maxPerLayer === null
			? sql`true`
			: sql`(select count(*) from responses where round_id = ${roundId} and layer = ${layer}) < ${input.maxPerLayer}`;
	const rows = await executeRows(
		db,
		sql`
		with r as (
			insert into responses (round_id, layer, status, resume_hash, started_on, updated_on, submitted_on)
			select ${roundId}, ${layer}, ${input.submit ? 'submitted' : 'draft'}, ${input.resumeHash}, ${today}::date, ${today}::date, ${input.submit ? today : null}::date
			where exists (${openRound(roundId, today)}) and ${cap}
			on conflict (resume_hash) do nothing
			returning id
		), a as (
			insert into answers (response_id, item, level, dont_know, ambition)
			select r.id, x.item, x.level, x.dont_know, x.ambition
			from r, unnest(${sqlArray(input.answers.map((a) => a.item))}::text[], ${sqlArray(input.answers.map((a) => a.level))}::smallint[],
				${sqlArray(input.answers.map((a) => a.dontKnow))}::boolean[], ${sqlArray(input.answers.map((a) => a.ambition))}::smallint[])
				as x(item, level, dont_know, ambition)
		), c as (
			insert into response_comments (response_id, aspect_id, text)
			select r.id, y.aspect_id, y.text
			from r, unnest(${sqlArray(input.comments.map((c) => c.aspectId))}::text[], ${sqlArray(input.comments.map((c) => c.text))}::text[]) as y(aspect_id, text)
		)
		select id from r`
	);
	const id = rows[0]?.id;
	return typeof id === 'string' ? id : null;
}

/** PostgreSQL array literal as one parameter, so that both drivers send the same thing. */
function sqlArray(values: (string | number | boolean | null)[]): string {
	const cell = (v: string | number | boolean | null) =>
		v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`;
	return `{${values.map(cell).join(',')}}`;
}

export async function findResponse(db: DbLike, roundId: string, resumeHash: string): Promise<ResponseRow | undefined> {
	const [row] = await db
		.select()
		.from(responses)
		.where(and(eq(responses.roundId, roundId), eq(responses.resumeHash, resumeHash)));
	return row;
}

export async function savedAnswers(
	db: DbLike,
	responseId: string
): Promise<{ answers: Answer[]; comments: Comment[] }> {
	const a = await db.select().from(answers).where(eq(answers.responseId, responseId));
	const c = await db.select().from(responseComments).where(eq(responseComments.responseId, responseId));
	return {
		answers: a.map((x) => ({ item: x.item, level: x.level, dontKnow: x.dontKnow, ambition: x.ambition })),
		comments: c.map((x) => ({ aspectId: x.aspectId, text: x.text }))
	};
}

/** Replaces the answers of an existing response, only while its round is open. */
export async function updateResponse(
	db: Db,
	input: { response: ResponseRow; today: string; submit: boolean; answers: Answer[]; comments: Comment[] }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		if ((await executeRows(tx, openRound(input.response.roundId, input.today))).length === 0) return false;
		const submitted = input.submit || input.response.status === 'submitted';
		await tx
			.update(responses)
			.set({
				status: submitted ? 'submitted' : 'draft',
				updatedOn: input.today,
				submittedOn: submitted ? (input.response.submittedOn ?? input.today) : null
			})
			.where(eq(responses.id, input.response.id));
		await tx.delete(answers).where(eq(answers.responseId, input.response.id));
		await tx.delete(responseComments).where(eq(responseComments.responseId, input.response.id));
		if (input.answers.length > 0)
			await tx.insert(answers).values(input.answers.map((a) => ({ responseId: input.response.id, ...a })));
		if (input.comments.length > 0)
			await tx.insert(responseComments).values(input.comments.map((c) => ({ responseId: input.response.id, ...c })));
		return true;
	});
}
