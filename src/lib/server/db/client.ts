/**
 * One schema, two drivers (ADR 001): embedded PGlite by default, PostgreSQL when a URL is given.
 * Everything above this module sees the same `Db` type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQLWrapper } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; use-cases accept `Db | Tx` where they may run inside a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DatabaseHandle =
	| { driver: 'pglite'; db: Db; client: PGlite; close: () => Promise<void> }
	| { driver: 'pg'; db: Db; pool: pg.Pool; url: string; close: () => Promise<void> };

export type OpenOptions =
	{ url: string; poolSize?: number } | { dataDir: string } | { memory: true; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	if ('url' in options) {
		const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
		// A broken idle connection must not crash the process; the next query reconnects.
		pool.on('error', () => undefined);
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		return { driver: 'pg', db, pool, url: options.url, close: () => pool.end() };
	}
	let client: PGlite;
	let unlock = () => {};
	if ('dataDir' in options) {
		// PGlite does not create the parent folder itself.
		fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
		unlock = lockDataDir(options.dataDir);
		try {
			client = await PGlite.create({ dataDir: options.dataDir, extensions: EXTENSIONS });
		} catch (e) {
			unlock();
			throw e;
		}
	} else {
		client = await PGlite.create({
			extensions: EXTENSIONS,
			...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {})
		});
	}
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		driver: 'pglite',
		db,
		client,
		close: async () => {
			if (!client.closed) await client.close();
			unlock();
		}
	};
}

/** PostgreSQL's contrib extensions the migrations create; PGlite loads them only when asked. */
const EXTENSIONS: PGliteOptions['extensions'] = { unaccent, pg_trgm };

const MIGRATION_LOCK = 720_451_001;

export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder: string): Promise<void> {
	if (handle.driver === 'pglite') {
		await migratePglite(drizzlePglite(handle.client, { schema }), { migrationsFolder });
		return;
	}
	// Several app servers may start at once against one PostgreSQL: serialise migrations.
	const conn = await handle.pool.connect();
	try {
		await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
		await migratePg(drizzlePg(conn, { schema }), { migrationsFolder });
	} finally {
		await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
		conn.release();
	}
}

/** The rows of a raw `execute()`, whichever driver ran it (both return `{ rows }`). */
export async function executeRows(db: Db | Tx, query: SQLWrapper): Promise<Record<string, unknown>[]> {
	const result: unknown = await db.execute(query);
	if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) return result.rows;
	throw new TypeError('unexpected result from the database driver');
}
