import { error, json } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { env } from '#lib/server/env.ts';
import { SCENARIOS } from '../../../../tests/factories/scenarios.ts';

const input = z.object({ name: z.enum(['board', 'platformAdmin', 'report']) });

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
	return json(await SCENARIOS[parsed.data.name]((await appContext()).db));
};
