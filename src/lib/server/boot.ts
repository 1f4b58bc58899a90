/**
 * Start-up: open the database (migrations run there), import the shipped models (a no-op when
 * they are already present) and seed the demo on the very first start.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { database } from './db/index.ts';
import { env } from './env.ts';
import { importModels } from './use-cases/models/import-models.ts';
import { organisations } from './db/schema/index.ts';
import type { Db } from './db/client.ts';

export async function readModelDirectory(dir: string): Promise<{ name: string; text: string }[]> {
	const names = (await fs.readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
	return Promise.all(
		names.map(async (name) => ({ name: path.join(dir, name), text: await fs.readFile(path.join(dir, name), 'utf8') }))
	);
}

export async function importShippedModels(db: Db, dir = env().CONTENT_DIR): Promise<void> {
	const result = await importModels(db, await readModelDirectory(dir), 'shipped');
	if (!result.ok) {
		const details = result.files
			.flatMap((f) => (f.status === 'invalid' ? f.issues.map((i) => `${f.name}: ${i.path} ${i.code}`) : []))
			.join('\n');
		throw new Error(`Shipped models are invalid:\n${details}`);
	}
}

export async function boot(): Promise<void> {
	const { db } = await database();
	await importShippedModels(db);
	if (env().SEED_DEMO === 'auto') {
		// Several servers may start together on one PostgreSQL: the advisory lock makes one of them seed.
		const seeded = await db.transaction(async (tx) => {
			await tx.execute(sql`select pg_advisory_xact_lock(720451002)`);
			const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(organisations);
			if ((row?.n ?? 0) > 0) return false;
			// Loaded only when needed: the demo code is never part of a normal start.
			const { seedDemo } = await import('./seed/demo.ts');
			await seedDemo(tx);
			return true;
		});
		if (seeded) {
			const { seedDemoReflections } = await import('./seed/demo-reflections.ts');
			await seedDemoReflections(db);
			const { seedDemoPlans } = await import('./seed/demo-plans.ts');
			await seedDemoPlans(db);
			const { seedDemoDialogue } = await import('./seed/demo-dialogue.ts');
			await seedDemoDialogue(db);
			const { seedDemoInspiration } = await import('./seed/demo-inspiration.ts');
			await seedDemoInspiration(db);
		}
	}
}
