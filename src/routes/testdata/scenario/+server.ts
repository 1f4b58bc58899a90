import { error, json } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { env } from '#lib/server/env.ts';
import { QUEUES } from '#lib/server/jobs/queue.ts';
import { SCENARIOS } from '#lib/server/seed/factories/scenarios.ts';
import { databaseFingerprint } from '#lib/server/seed/factories/fingerprint.ts';
import { inspirationScenario } from '#lib/server/seed/factories/inspiration.ts';

const input = z.union([
	z.object({
		name: z.enum([
			'board',
			'openRound',
			'platformAdmin',
			'report',
			'plan',
			'planMade',
			'ownModel',
			'anonymity',
			'dialogue',
			'inspiration'
		])
	}),
	// Runs a scheduled job now instead of at its time, as the queue would.
	z.object({ job: z.enum([QUEUES.actionReminders]) }),
	// A digest of every table, to show that a request wrote nothing.
	z.object({ fingerprint: z.literal(true) })
]);

// Test data for the browser tests, and nothing else: it exists only when the server was started with
// TEST_FIXTURES_TOKEN (the test setup does that), and then only for requests carrying that token.
// Without the variable it is a plain 404, like any unknown page.
export const POST: RequestHandler = async ({ request }) => {
	const expected = env().TEST_FIXTURES_TOKEN;
	const given = request.headers.get('x-test-fixtures-token') ?? '';
	if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
		error(404, { message: 'not_found', code: 'not_found' });
	}
	const parsed = input.safeParse(await request.json().catch(() => null));
	if (!parsed.success) error(400, { message: 'invalid_input', code: 'invalid_input' });
	const ctx = await appContext();
	if ('fingerprint' in parsed.data) return json(await databaseFingerprint(ctx.db));
	if ('job' in parsed.data) return json({ queued: (await ctx.boss.send(parsed.data.job, {})) !== null });
	const run = parsed.data.name === 'inspiration' ? inspirationScenario : SCENARIOS[parsed.data.name];
	return json(await run(ctx.db));
};
