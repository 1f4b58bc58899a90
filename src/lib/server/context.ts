/**
 * The process-wide services: database, job queue and authentication. Created once at start-up
 * (hooks `init`) and cached on globalThis so that dev reloads reuse them.
 */
import type { PgBoss } from 'pg-boss';
import type { BetterAuthPlugin } from 'better-auth';
import { database } from './db/index.ts';
import type { DatabaseHandle, Db } from './db/client.ts';
import { startQueue } from './jobs/queue.ts';
import { startWorkers } from './jobs/workers.ts';
import { createAuth, type Auth } from './auth/auth.ts';
import { authSecret } from './auth/secret.ts';
import { env } from './env.ts';

export type AppContext = { handle: DatabaseHandle; db: Db; boss: PgBoss; auth: Auth; baseURL: string; secret: string };

const KEY = Symbol.for('werkwijzer.context');
type Holder = { [KEY]?: Promise<AppContext> };
const holder = globalThis as Holder;

export function appContext(lastPlugins: BetterAuthPlugin[] = []): Promise<AppContext> {
	holder[KEY] ??= (async () => {
		const config = env();
		const handle = await database();
		const baseURL = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
		const boss = await startQueue(handle);
		if (config.JOBS === 'on') await startWorkers(boss, handle, { baseURL });
		const secret = await authSecret(handle.db, config.AUTH_SECRET);
		const auth = createAuth({ db: handle.db, boss, secret, baseURL, lastPlugins });
		return { handle, db: handle.db, boss, auth, baseURL, secret };
	})();
	return holder[KEY];
}

export async function stopContext(): Promise<void> {
	const pending = holder[KEY];
	if (!pending) return;
	delete holder[KEY];
	const ctx = await pending;
	await ctx.boss.stop({ graceful: true, timeout: 5_000 });
}
