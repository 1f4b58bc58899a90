/**
 * Set-up for `npm run bench:dialogue` (bench/dialogue.ts): the database of a run.
 *
 * `prepareDialogue` migrates a fresh PostgreSQL database, imports the shipped models and creates one
 * school with a schoolleider (who signs in with a password), an open round for `schoolleiding` and
 * `leraren` on the model `samen-leren-inhoud-geven`, and a live dialogue on the given aspects, started
 * through the app's own use-case. `placementsPerAspect` is what the database holds afterwards.
 */
import { eq, sql } from 'drizzle-orm';
import { executeRows, migrateDatabase } from '../src/lib/server/db/client.ts';
import { dialogueSessions } from '../src/lib/server/db/schema/index.ts';
import { importShippedModels } from '../src/lib/server/boot.ts';
import { startDialogue } from '../src/lib/server/use-cases/dialogue/start-dialogue.ts';
import { createBoard, createSchool } from '../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser, TEST_PASSWORD } from '../src/lib/server/seed/factories/users.ts';
import { createRound } from '../src/lib/server/seed/factories/rounds.ts';
import { openTarget } from './submit-setup.ts';

export const MODEL_ID = 'samen-leren-inhoud-geven';

export type Prepared = {
	sessionId: string;
	code: string;
	/** The session's aspects, in the model's order: index i is aspect `aspectIds[i]`. */
	aspectIds: string[];
	email: string;
	password: string;
};

/** Migrates, imports the models and starts the session. The database at `url` must be empty. */
export async function prepareDialogue(url: string, aspects: string[]): Promise<Prepared> {
	const handle = await openTarget({ kind: 'pg', url, poolSize: 4 });
	try {
		await migrateDatabase(handle, 'drizzle');
		const { db } = handle;
		await importShippedModels(db, 'content/models');
		const board = await createBoard(db, { name: 'Stichting Benchmark' });
		const school = await createSchool(db, board, { name: 'Benchmarkschool' });
		const email = 'gespreksleider@bench.example';
		const leader = await createUser(db, { name: 'Gespreksleider', email, password: TEST_PASSWORD });
		await addMember(db, leader, school, 'schoolleider');
		const { round } = await createRound(db, school, {
			modelId: MODEL_ID,
			layers: ['schoolleiding', 'leraren'],
			title: 'Benchmark teamgesprek'
		});
		const sessionId = await startDialogue(db, leader.id, round.id, { title: 'Studiedag (benchmark)', aspect: aspects });
		const [session] = await db.select().from(dialogueSessions).where(eq(dialogueSessions.id, sessionId));
		if (!session) throw new Error('the dialogue session was not saved');
		return { sessionId, code: session.code, aspectIds: session.aspectIds, email, password: TEST_PASSWORD };
	} finally {
		await handle.close();
	}
}

/** Placements in the database per aspect of the session. */
export async function placementsPerAspect(url: string, sessionId: string): Promise<Record<string, number>> {
	const handle = await openTarget({ kind: 'pg', url, poolSize: 1 });
	try {
		const rows = await executeRows(
			handle.db,
			sql`select aspect_id, count(*)::int as n from dialogue_placements where session_id = ${sessionId} group by aspect_id`
		);
		return Object.fromEntries(rows.map((r) => [String(r.aspect_id), Number(r.n)]));
	} finally {
		await handle.close();
	}
}
