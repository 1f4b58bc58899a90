/**
 * Prepares one migrated database to copy from, so every test file starts from a fresh, migrated
 * database in well under a second: a PGlite data-directory dump always, and a PostgreSQL template
 * database when TEST_DATABASE_URL is set (CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, migrateDatabase } from '../../src/lib/server/db/client.ts';

const TMP = path.resolve('tmp/test-db');

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		pgTemplate: string | null;
		pgBaseUrl: string | null;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	fs.mkdirSync(TMP, { recursive: true });
	const dumpFile = path.join(TMP, `pglite-template-${process.pid}.tar`);
	const handle = await openDatabase({ memory: true });
	await migrateDatabase(handle, 'drizzle');
	if (handle.driver !== 'pglite') throw new Error('expected PGlite');
	const dump = await handle.client.dumpDataDir('none');
	fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
	await handle.close();
	project.provide('pgliteTemplate', dumpFile);

	const base = process.env.TEST_DATABASE_URL ?? null;
	let template: string | null = null;
	if (base) {
		template = `wsl_tpl_${process.pid}`;
		const admin = new pg.Client({ connectionString: base });
		await admin.connect();
		await admin.query(`drop database if exists ${template}`);
		await admin.query(`create database ${template}`);
		await admin.end();
		const url = new URL(base);
		url.pathname = `/${template}`;
		const tpl = await openDatabase({ url: url.toString(), poolSize: 1 });
		await migrateDatabase(tpl, 'drizzle');
		await tpl.close();
	}
	project.provide('pgTemplate', template);
	project.provide('pgBaseUrl', base);

	return async () => {
		fs.rmSync(dumpFile, { force: true });
		if (base && template) {
			const admin = new pg.Client({ connectionString: base });
			await admin.connect();
			const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
				`wsl_t${process.pid}_%`
			]);
			for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
			await admin.query(`drop database if exists ${template} with (force)`);
			await admin.end();
		}
	};
}
