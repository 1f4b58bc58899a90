/**
 * Runs a suite once per database driver: always on PGlite, and again on PostgreSQL when
 * TEST_DATABASE_URL is set. Each suite gets its own fresh, migrated database.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type DatabaseHandle, type Db } from '../../src/lib/server/db/client.ts';

export type Driver = 'pglite' | 'pg';

export function drivers(): Driver[] {
	return inject('pgBaseUrl') ? ['pglite', 'pg'] : ['pglite'];
}

export async function freshDatabase(driver: Driver): Promise<DatabaseHandle> {
	if (driver === 'pglite') {
		const bytes = fs.readFileSync(inject('pgliteTemplate'));
		return openDatabase({ memory: true, loadDataDir: new Blob([bytes]) });
	}
	const base = inject('pgBaseUrl');
	const template = inject('pgTemplate');
	if (!base || !template) throw new Error('PostgreSQL is not configured for tests');
	const name = `wsl_t${template.slice('wsl_tpl_'.length)}_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`create database ${name} template ${template}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ url: url.toString(), poolSize: 4 });
	return {
		...handle,
		close: async () => {
			await handle.close();
			const again = new pg.Client({ connectionString: base });
			await again.connect();
			await again.query(`drop database if exists ${name} with (force)`);
			await again.end();
		}
	};
}

/** `describeDb('import models', (ctx) => { it(..., async () => { ctx.db ... }) })` */
export function describeDb(
	title: string,
	body: (ctx: { readonly db: Db; readonly handle: DatabaseHandle; readonly driver: Driver }) => void
): void {
	for (const driver of drivers()) {
		describe(`${title} [${driver}]`, () => {
			let handle: DatabaseHandle | undefined;
			beforeAll(async () => {
				handle = await freshDatabase(driver);
			});
			afterAll(async () => {
				await handle?.close();
			});
			body({
				get db() {
					if (!handle) throw new Error('database not ready');
					return handle.db;
				},
				get handle() {
					if (!handle) throw new Error('database not ready');
					return handle;
				},
				driver
			});
		});
	}
}
