/**
 * `npm run bench:import`: a generated national file of 9,000 school locations imported by a
 * platform administrator, on PGlite and (with BENCH_DATABASE_URL) on PostgreSQL. Prints the time
 * of the whole import and of each phase. Target (issue 3): under 10 s on PGlite.
 */
import { openDatabase, migrateDatabase, type DatabaseHandle } from '../src/lib/server/db/client.ts';
import { importRegistry } from '../src/lib/server/use-cases/imports/import-registry.ts';
import { createUser } from '../src/lib/server/seed/factories/users.ts';
import { generateSchoolsCsv } from '../src/lib/domain/organisation/fixtures/generate-schools-csv.ts';
import { withScratchDatabase } from './lib/scratch-database.ts';

const COUNT = Number(process.env.BENCH_SCHOOLS ?? 9000);
const bytes = new TextEncoder().encode(generateSchoolsCsv(COUNT));

async function run(label: string, handle: DatabaseHandle): Promise<void> {
	await migrateDatabase(handle, 'drizzle');
	const admin = await createUser(handle.db, { platformAdmin: true });
	for (const round of ['first import (all new)', 'second import (all updates)']) {
		const marks: Record<string, number> = {};
		const started = performance.now();
		const outcome = await importRegistry(handle.db, admin.id, bytes, (p) => {
			marks[p.phase] ??= performance.now() - started;
		});
		const total = performance.now() - started;
		if (!outcome.ok) throw new Error('import failed');
		console.log(
			`${label.padEnd(10)} ${round.padEnd(28)} ${COUNT} schools, ${outcome.boardsCreated} new boards: ${(total / 1000).toFixed(2)} s ` +
				`(parsed after ${((marks.checking ?? 0) / 1000).toFixed(2)} s, saving ${((total - (marks.checking ?? 0)) / 1000).toFixed(2)} s)`
		);
	}
	await handle.close();
}

await run('PGlite', await openDatabase({ memory: true }));
const url = process.env.BENCH_DATABASE_URL;
if (url) {
	await withScratchDatabase(url, 'import', async (target) => run('PostgreSQL', await openDatabase({ url: target })));
} else {
	console.log('(set BENCH_DATABASE_URL to a PostgreSQL database to measure PostgreSQL too)');
}
