import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { createBoard, createSchool, uniqueSuffix } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createItem, createTheme } from '../../src/lib/server/seed/factories/inspiration.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { executeRows } from '../../src/lib/server/db/client.ts';
import { searchInspiration } from '../../src/lib/server/use-cases/inspiration/search-inspiration.ts';
import { getInspirationItem } from '../../src/lib/server/use-cases/inspiration/get-inspiration-item.ts';
import { getNextStepInspiration } from '../../src/lib/server/use-cases/inspiration/get-next-step-inspiration.ts';
import { AppError } from '../../src/lib/domain/errors.ts';

describeDb('the inspiration library', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	const search = (userId: string | null, query: string) =>
		searchInspiration(ctx.db, userId, new URLSearchParams(query));
	const titles = async (userId: string | null, query: string) => (await search(userId, query)).hits.map((h) => h.title);

	it("has a Dutch configuration that stems after unaccent, and plurals on -ies and -'s", async () => {
		const [row] = await executeRows(
			ctx.db,
			sql.raw(`select
				to_tsvector('werkwijzer_nl', werkwijzer_nl_words('Collegiale visitaties')) @@ websearch_to_tsquery('werkwijzer_nl', werkwijzer_nl_words('visitatie')) as plural,
				to_tsvector('werkwijzer_nl', 'De coördinator') @@ websearch_to_tsquery('werkwijzer_nl', 'coordinator') as diacritics,
				to_tsvector('werkwijzer_nl', 'leraren en scholen') @@ websearch_to_tsquery('werkwijzer_nl', 'leraar school') as stems,
				to_tsvector('werkwijzer_nl', werkwijzer_nl_words('foto''s')) @@ websearch_to_tsquery('werkwijzer_nl', 'foto') as apostrophe,
				to_tsvector('werkwijzer_nl', 'de het een') = ''::tsvector as stopwords`)
		);
		expect(row).toEqual({ plural: true, diacritics: true, stems: true, apostrophe: true, stopwords: true });
	});

	it('finds an item by an inflected word, without diacritics and with a typo, title first', async () => {
		const board = await createBoard(ctx.db);
		const tag = uniqueSuffix();
		await createTheme(ctx.db, 'begrijpend-lezen', 'Begrijpend lezen');
		const visit = await createItem(ctx.db, board, {
			title: `Collegiale visitaties ${tag}`,
			body: 'Elke maand bezoeken twee teams elkaar.'
		});
		const coordinator = await createItem(ctx.db, board, {
			title: `Een leesteam ${tag}`,
			body: 'De coördinator plant de bijeenkomsten.'
		});
		const reading = await createItem(ctx.db, board, {
			title: `Leergroep Begrijpend Lezen ${tag}`,
			themes: ['begrijpend-lezen']
		});
		const bodyOnly = await createItem(ctx.db, board, {
			title: `Iets anders ${tag}`,
			body: 'Ook hier ging het om een visitatie.'
		});

		expect(await titles(null, `q=visitatie ${tag}`)).toEqual([visit.title, bodyOnly.title]);
		expect(await titles(null, `q=coordinator ${tag}`)).toEqual([coordinator.title]);
		expect(await titles(null, 'q=begrijpent lezen')).toContain(reading.title);
		const hit = (await search(null, `q=visitatie ${tag}`)).hits.find((h) => h.id === bodyOnly.id)!;
		expect(hit.snippet.some((p) => p.hit && /visitatie/i.test(p.text))).toBe(true);
	});

	it('counts facets over the matches and narrows by them, through model → aspect → phase', async () => {
		const board = await createBoard(ctx.db);
		const word = `facetwoord${uniqueSuffix()}`;
		const step = { modelId: 'werkwijzer-samen-leren', aspectId: 'koers', from: 1, to: 2 };
		await createItem(ctx.db, board, { body: word, sectors: ['PO'], region: 'Limburg', kind: 'tool' }, [step]);
		await createItem(ctx.db, board, { body: word, sectors: ['PO', 'VO'], region: 'Utrecht' }, [
			{ ...step, from: 2, to: 3 }
		]);
		await createItem(ctx.db, board, { body: word, sectors: ['VO'] });

		const all = await search(null, `q=${word}`);
		expect(all.total).toBe(3);
		expect(all.facets.sector.map((f) => [f.value, f.count])).toEqual([
			['PO', 2],
			['VO', 2]
		]);
		expect(all.facets.soort.find((f) => f.value === 'tool')?.count).toBe(1);
		expect(all.path.model).toEqual([expect.objectContaining({ value: 'werkwijzer-samen-leren', count: 2 })]);

		const po = await search(null, `q=${word}&sector=PO&regio=Limburg`);
		expect(po.total).toBe(1);
		const path = await search(null, `q=${word}&model=werkwijzer-samen-leren&aspect=koers`);
		expect(path.total).toBe(2);
		expect(path.path.fase.map((f) => [f.value, f.count])).toEqual([
			['1', 1],
			['2', 1]
		]);
		expect((await search(null, `q=${word}&model=werkwijzer-samen-leren&aspect=koers&fase=2`)).total).toBe(1);
		// an aspect the model does not have is dropped, not searched for
		expect((await search(null, `q=${word}&model=werkwijzer-samen-leren&aspect=bestaat-niet`)).query.aspect).toBeNull();

		const none = await search(null, `q=${word}&sector=SO&regio=Limburg`);
		expect(none.total).toBe(0);
		expect(none.loosen.map((l) => l.kind)).toEqual(['filter', 'filter', 'text', 'all']);
	});

	it("never shows an organisation's internal items, members' items or unpublished items to those who may not read them", async () => {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const other = await createBoard(ctx.db);
		const word = `zichtbaar${uniqueSuffix()}`;
		const internal = await createItem(ctx.db, board, { body: word, visibility: 'organisation' });
		const members = await createItem(ctx.db, other, { body: word, visibility: 'members' });
		const open = await createItem(ctx.db, other, { body: word });
		const draft = await createItem(ctx.db, board, { body: word, status: 'draft' });

		const teacher = await createUser(ctx.db);
		await addMember(ctx.db, teacher, school, 'leraar');
		const outsider = await createUser(ctx.db);
		await addMember(ctx.db, outsider, await createSchool(ctx.db, other), 'schoolleider');
		const admin = await createUser(ctx.db, { platformAdmin: true });

		const ids = async (userId: string | null) => (await search(userId, `q=${word}`)).hits.map((h) => h.id).sort();
		expect(await ids(null)).toEqual([open.id]);
		expect(await ids(outsider.id)).toEqual([members.id, open.id].sort());
		expect(await ids(teacher.id)).toEqual([internal.id, members.id, open.id].sort());
		expect(await ids(admin.id)).toEqual([internal.id, members.id, open.id].sort());
		// counted in no facet either
		const facets = (await search(outsider.id, `q=${word}`)).facets.soort.reduce((n, f) => n + f.count, 0);
		expect(facets).toBe(2);

		const notFound = (userId: string | null, id: string) =>
			expect(getInspirationItem(ctx.db, userId, id)).rejects.toEqual(new AppError('not_found'));
		await notFound(outsider.id, internal.id);
		await notFound(null, members.id);
		await notFound(teacher.id, draft.id);
		await notFound(null, 'geen-uuid');
		expect((await getInspirationItem(ctx.db, teacher.id, internal.id)).title).toBe(internal.title);
	});

	it('renders the body as inert HTML and counts a view without recording who', async () => {
		const board = await createBoard(ctx.db);
		const item = await createItem(ctx.db, board, {
			body: '## Kop\n\n<script>alert(1)</script> [x](javascript:alert(1))'
		});
		const first = await getInspirationItem(ctx.db, null, item.id);
		expect(first.bodyHtml).toContain('<h2>Kop</h2>');
		expect(first.bodyHtml).not.toMatch(/<script|href="javascript/);
		expect((await getInspirationItem(ctx.db, null, item.id)).views).toBe(first.views + 1);
	});
});

describeDb('inspiration for the next step', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	it("suggests items over the step from the school's phase, exact steps first, each once, only readable ones", async () => {
		const board = await createBoard(ctx.db);
		const other = await createBoard(ctx.db);
		const model = 'samen-leren-inhoud-geven';
		const step = (aspectId: string, from: number, to: number) => ({ modelId: model, aspectId, from, to });
		const exact = await createItem(ctx.db, board, { title: 'Exact' }, [step('koers', 2, 3)]);
		const wide = await createItem(ctx.db, board, { title: 'Breed' }, [step('koers', 1, 4)]);
		await createItem(ctx.db, board, { title: 'Te vroeg' }, [step('koers', 1, 2)]);
		await createItem(ctx.db, other, { title: 'Intern elders', visibility: 'organisation' }, [step('koers', 2, 3)]);
		const both = await createItem(ctx.db, board, { title: 'Twee aspecten' }, [
			step('koers', 2, 3),
			step('data-en-feedback', 3, 4)
		]);

		const steps = [
			{ aspectId: 'data-en-feedback', aspectName: 'Data en feedback', current: 3 },
			{ aspectId: 'koers', aspectName: 'Koers', current: 2 }
		];
		const items = await getNextStepInspiration(ctx.db, null, { modelId: model, steps });
		const koers = items.filter((i) => i.reason.aspectName === 'Koers').map((i) => i.title);
		expect(items[0]).toMatchObject({ id: both.id, reason: { aspectName: 'Data en feedback', current: 3, next: 4 } });
		// two per aspect at most, the exact step first; the shared item counts once, under its first aspect
		expect(koers).toEqual([exact.title]);
		expect(items.map((i) => i.title)).not.toContain('Te vroeg');
		expect(items.map((i) => i.title)).not.toContain('Intern elders');
		const more = await getNextStepInspiration(ctx.db, null, { modelId: model, steps: [steps[1]!] });
		expect(more.map((i) => i.title).sort()).toEqual([both.title, exact.title].sort());
		expect(wide.id).toBeTruthy();
	});
});
