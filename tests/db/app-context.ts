/** The services a use-case needs, built on a test database: job queue (not working), auth, secret. */
import type { PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { startQueue } from '../../src/lib/server/jobs/queue.ts';
import { createAuth } from '../../src/lib/server/auth/auth.ts';
import type { AppContext } from '../../src/lib/server/context.ts';

export const TEST_BASE_URL = 'http://werkwijzer.test';

export async function testContext(handle: DatabaseHandle): Promise<AppContext & { stop: () => Promise<void> }> {
	const boss: PgBoss = await startQueue(handle);
	const secret = 'test-secret-that-is-long-enough-for-better-auth';
	const auth = createAuth({ db: handle.db, boss, secret, baseURL: TEST_BASE_URL });
	return {
		handle,
		db: handle.db,
		boss,
		auth,
		baseURL: TEST_BASE_URL,
		secret,
		stop: () => boss.stop({ graceful: false, timeout: 1000 })
	};
}
