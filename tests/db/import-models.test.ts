import fs from 'node:fs';
import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { importModels } from '../../src/lib/server/use-cases/models/import-models.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { listModels } from '../../src/lib/server/use-cases/models/list-models.ts';
import { getModel } from '../../src/lib/server/use-cases/models/get-model.ts';
import { modelVersions } from '../../src/lib/server/db/schema/index.ts';

const v1 = fs.readFileSync('tests/fixtures/models/valid/eigen-model-v1.yaml', 'utf8');
const v2 = fs.readFileSync('tests/fixtures/models/valid/eigen-model-v2.yaml', 'utf8');
const withId = (text: string, id: string) => text.replace('id: eigen-model-peelrand', `id: ${id}`);

describeDb('importing models', (ctx) => {
	it('imports the shipped content once, and again without change', async () => {
		await importShippedModels(ctx.db, 'content/models');
		await importShippedModels(ctx.db, 'content/models');
		const models = await listModels(ctx.db);
		expect(models.map((m) => m.id).sort()).toEqual([
			'kernthemas-samenwerking',
			'lerende-organisatie-vo',
			'routekaart-draagvlak-samen-opleiden',
			'samen-leren-inhoud-geven',
			'werkwijzer-samen-leren'
		]);
		const rows = await ctx.db.select().from(modelVersions);
		expect(rows.filter((r) => r.origin === 'shipped')).toHaveLength(5);
	});

	it('keeps version 1 when version 2 is imported', async () => {
		const id = 'versies-test';
		expect((await importModels(ctx.db, [{ name: 'v1.yaml', text: withId(v1, id) }], 'imported')).ok).toBe(true);
		const second = await importModels(ctx.db, [{ name: 'v2.yaml', text: withId(v2, id) }], 'imported');
		expect(second.files).toEqual([expect.objectContaining({ status: 'imported', version: 2 })]);
		const rows = await ctx.db.select().from(modelVersions).where(eq(modelVersions.modelId, id));
		expect(rows.map((r) => r.version).sort()).toEqual([1, 2]);
		expect((await getModel(ctx.db, id)).model.title).toBe('Kwaliteitskaart Peelrand 2027');
		expect((await getModel(ctx.db, id, 1)).model.title).toBe('Kwaliteitskaart Peelrand');
	});

	it('treats the same content as unchanged and refuses changed content under an existing version', async () => {
		const id = 'onveranderlijk';
		await importModels(ctx.db, [{ name: 'a.yaml', text: withId(v1, id) }], 'imported');
		// Comments and key order do not change the content.
		const same = await importModels(ctx.db, [{ name: 'b.yaml', text: `# opmerking\n${withId(v1, id)}` }], 'imported');
		expect(same.files[0]).toMatchObject({ status: 'unchanged' });
		const changed = await importModels(
			ctx.db,
			[{ name: 'c.yaml', text: withId(v1, id).replace('Samen leren\n', 'Samen leren en werken\n') }],
			'imported'
		);
		expect(changed.ok).toBe(false);
		expect(changed.files[0]).toMatchObject({
			status: 'invalid',
			issues: [expect.objectContaining({ path: 'version', code: 'version_exists' })]
		});
	});

	it('imports nothing when one file of a batch is bad', async () => {
		const good = { name: 'goed.yaml', text: withId(v1, 'alles-of-niets-a') };
		const bad = { name: 'fout.yaml', text: withId(v1, 'alles-of-niets-b').replace('version: 1', 'version: nul') };
		const result = await importModels(ctx.db, [good, bad], 'imported');
		expect(result.ok).toBe(false);
		expect(result.files.find((f) => f.name === 'fout.yaml')).toMatchObject({ status: 'invalid' });
		const rows = await ctx.db.select().from(modelVersions).where(eq(modelVersions.modelId, 'alles-of-niets-a'));
		expect(rows).toHaveLength(0);
	});

	it('imports nothing when a database rule fails for one file of a batch', async () => {
		const id = 'tx-test';
		await importModels(ctx.db, [{ name: 'v2.yaml', text: withId(v2, id) }], 'imported');
		const result = await importModels(
			ctx.db,
			[
				{ name: 'nieuw.yaml', text: withId(v1, 'tx-test-nieuw') },
				{ name: 'ouder.yaml', text: withId(v1, id) }
			],
			'imported'
		);
		expect(result.ok).toBe(false);
		expect(result.files.find((f) => f.name === 'ouder.yaml')).toMatchObject({
			issues: [expect.objectContaining({ code: 'version_older' })]
		});
		expect(await ctx.db.select().from(modelVersions).where(eq(modelVersions.modelId, 'tx-test-nieuw'))).toHaveLength(0);
	});

	it('refuses to change the kind of an existing model', async () => {
		const route = fs
			.readFileSync('tests/fixtures/models/invalid/20-route-unknown-audience.yaml', 'utf8')
			.replace('id: gesprekskaart-test', 'id: soort-test')
			.replace(/\n {8}variants:[\s\S]*$/, '\n');
		expect((await importModels(ctx.db, [{ name: 'route.yaml', text: route }], 'imported')).ok).toBe(true);
		const asModel = await importModels(ctx.db, [{ name: 'model.yaml', text: withId(v2, 'soort-test') }], 'imported');
		expect(asModel.files[0]).toMatchObject({ issues: [expect.objectContaining({ code: 'kind_changed' })] });
	});

	it('reports a model that does not exist as not found', async () => {
		await expect(getModel(ctx.db, 'bestaat-niet')).rejects.toMatchObject({ code: 'not_found' });
	});
});
