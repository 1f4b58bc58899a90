/**
 * The demo's inspiration library: themes and items written as Markdown files with YAML front matter
 * (`DEMO_INSPIRATION_DIR`), published by the demo's organisations under their names.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Db } from '../db/client.ts';
import { env } from '../env.ts';
import { itemFileInput, themeInput, type ItemFile } from '../../schemas/inspiration.ts';
import { DEFAULT_LICENCE } from '../../domain/inspiration/item.ts';
import { insertItem, publishersNamed, upsertThemes } from '../repositories/inspiration-items.ts';
import { listModels } from '../repositories/models.ts';
import { stepView } from '../../domain/inspiration/step-view.ts';

const DAY = 86_400_000;

export type ItemSource = { name: string; meta: ItemFile; body: string };

export function parseItemFile(name: string, source: string): ItemSource {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
	if (!match) throw new Error(`${name}: no front matter`);
	const meta = itemFileInput.safeParse(parseYaml(match[1]!));
	if (!meta.success)
		throw new Error(`${name}: ${meta.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
	return { name, meta: meta.data, body: match[2]!.trim() };
}

export async function readItemDirectory(
	dir: string
): Promise<{ themes: { id: string; label: string }[]; items: ItemSource[] }> {
	const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.md')).sort();
	const themes = themeInput.array().parse(parseYaml(await fs.readFile(path.join(dir, 'themes.yaml'), 'utf8')));
	const items = await Promise.all(
		names.map(async (n) => parseItemFile(n, await fs.readFile(path.join(dir, n), 'utf8')))
	);
	return { themes, items };
}

export async function seedDemoInspiration(db: Db, dir = env().DEMO_INSPIRATION_DIR, now = new Date()): Promise<void> {
	const { themes, items } = await readItemDirectory(dir);
	const models = new Map((await listModels(db)).map((m) => [m.id, m.latest.content]));
	const publishers = new Map(
		(await publishersNamed(db, [...new Set(items.map((i) => i.meta.publisher))])).map((o) => [o.name, o])
	);
	const themeLabels = new Map(themes.map((t) => [t.id, t.label]));
	await db.transaction(async (tx) => {
		await upsertThemes(tx, themes);
		for (const { name, meta, body } of items) {
			const publisher = publishers.get(meta.publisher);
			if (!publisher) throw new Error(`${name}: no organisation named ${meta.publisher}`);
			const steps = meta.steps.map((s) => ({ modelId: s.model, aspectId: s.aspect, from: s.from, to: s.to }));
			const views = steps.map((s) => stepView(models.get(s.modelId), s));
			if (views.some((v) => v === null))
				throw new Error(`${name}: a step names an aspect or phase its model does not have`);
			const unknown = meta.themes.filter((t) => !themeLabels.has(t));
			if (unknown.length) throw new Error(`${name}: unknown themes ${unknown.join(', ')}`);
			await insertItem(
				tx,
				{
					organisationId: publisher.id,
					kind: meta.kind,
					status: 'published',
					visibility: meta.visibility,
					title: meta.title,
					summary: meta.summary,
					body,
					sectors: meta.sectors,
					themes: meta.themes,
					region: meta.region ?? null,
					language: meta.language,
					licence: meta.licence ?? DEFAULT_LICENCE,
					contactName: meta.contact?.name ?? null,
					contactEmail: meta.contact?.email ?? null,
					tagText: [...meta.themes.map((t) => themeLabels.get(t)), ...views.map((v) => v?.aspectName)].join(' · '),
					publishedAt: new Date(now.getTime() - meta.publishedDaysAgo * DAY)
				},
				steps
			);
		}
	});
}
