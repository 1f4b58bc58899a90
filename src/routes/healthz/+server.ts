import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { database } from '#lib/server/db/index.ts';

// Public liveness probe for load balancers: it reveals only whether the database answers.
export const GET: RequestHandler = async () => {
	const started = performance.now();
	try {
		const { db, driver } = await database();
		await db.execute(sql`select 1`);
		return json(
			{ status: 'ok', database: { driver, reachable: true, ms: Math.round(performance.now() - started) } },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch (error) {
		console.error('healthz: database unreachable', error);
		return json(
			{ status: 'error', database: { reachable: false } },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
