/**
 * The process-wide database. Cached on globalThis so that dev-server reloads never open the same
 * PGlite data directory twice (that corrupts it).
 */
import { env } from '../env.ts';
import { openDatabase, migrateDatabase, type DatabaseHandle, type Db } from './client.ts';

const KEY = Symbol.for('werkwijzer.database');
type Holder = { [KEY]?: Promise<DatabaseHandle> };
const holder = globalThis as Holder;

export function database(): Promise<DatabaseHandle> {
	holder[KEY] ??= (async () => {
		const config = env();
		const handle = config.DATABASE_URL
			? await openDatabase({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE })
			: await openDatabase({ dataDir: config.DATA_DIR });
		await migrateDatabase(handle, config.MIGRATIONS_DIR);
		return handle;
	})();
	return holder[KEY];
}

export async function db(): Promise<Db> {
	return (await database()).db;
}

export async function closeDatabase(): Promise<void> {
	const pending = holder[KEY];
	if (!pending) return;
	delete holder[KEY];
	const handle = await pending;
	await handle.close();
}

export type { Db, Tx, DatabaseHandle } from './client.ts';
