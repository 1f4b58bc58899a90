import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { testContext } from './app-context.ts';
import { generateSchoolsCsv } from '../../src/lib/domain/organisation/fixtures/generate-schools-csv.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { importRegistry } from '../../src/lib/server/use-cases/imports/import-registry.ts';
import { importBoardSchools } from '../../src/lib/server/use-cases/imports/import-board-schools.ts';
import { importPeople } from '../../src/lib/server/use-cases/imports/import-people.ts';
import { invitations, memberships, organisations } from '../../src/lib/server/db/schema/index.ts';
import type { ImportProgress } from '../../src/lib/server/use-cases/imports/progress.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describeDb('imports', (ctx) => {
	let app: Awaited<ReturnType<typeof testContext>>;
	beforeAll(async () => {
		app = await testContext(ctx.handle);
	});
	afterAll(async () => app?.stop());

	it('imports a generated national file of 9,000 schools, with progress, all or nothing', async () => {
		const admin = await createUser(ctx.db, { platformAdmin: true });
		const events: ImportProgress[] = [];
		const outcome = await importRegistry(ctx.db, admin.id, encode(generateSchoolsCsv(9000)), (p) => events.push(p));
		expect(outcome).toMatchObject({ ok: true, created: 9000, updated: 0 });
		if (!outcome.ok) throw new Error('import failed');
		expect(outcome.boardsCreated).toBeGreaterThan(1000);
		const saving = events.filter((e) => e.phase === 'saving');
		expect(saving.length).toBeGreaterThanOrEqual(18);
		expect(saving.map((e) => e.done)).toEqual([...saving.map((e) => e.done)].sort((a, b) => a - b));
		expect(saving.at(-1)).toEqual({ phase: 'saving', done: 9000, total: 9000 });
		// The same file again updates instead of duplicating.
		const again = await importRegistry(ctx.db, admin.id, encode(generateSchoolsCsv(9000)));
		expect(again).toMatchObject({ ok: true, created: 0, updated: 9000, boardsCreated: 0 });
	});

	it('imports nothing from a file with three bad rows, and names the three rows', async () => {
		const admin = await createUser(ctx.db, { platformAdmin: true });
		const [before] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
		const outcome = await importRegistry(
			ctx.db,
			admin.id,
			encode(generateSchoolsCsv(500, { badLines: [5, 120, 480] }))
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) throw new Error('should fail');
		expect(outcome.failure.rowIssues.map((i) => i.line)).toEqual([5, 120, 480]);
		const [after] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
		expect(after?.n).toBe(before?.n);
	});

	it('takes the real DUO primary-school file as it is, and lets a board import only its own schools', async () => {
		const bytes = new Uint8Array(fs.readFileSync('tests/fixtures/duo/02.-alle-schoolvestigingen-basisonderwijs.csv'));
		const board = await createBoard(ctx.db, { name: 'Stichting uit het register', boardNumber: '20091' });
		const bestuurder = await createUser(ctx.db);
		await addMember(ctx.db, bestuurder, board, 'bestuurder');
		const outcome = await importBoardSchools(ctx.db, bestuurder.id, board.id, bytes);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) throw new Error('failed');
		const own = await ctx.db.select().from(organisations).where(eq(organisations.parentId, board.id));
		expect(own.length).toBe(outcome.created + outcome.updated);
		expect(own.length).toBeGreaterThan(0);
		expect(outcome.skipped).toBe(6122 - own.length);
		expect(own.find((s) => s.brin === '32JK')).toMatchObject({
			name: 'BBS de Verwondering',
			municipality: 'Noordenveld',
			sector: 'PO'
		});
	});

	it('refuses a board import from someone who may not import, and another board', async () => {
		const board = await createBoard(ctx.db);
		const other = await createBoard(ctx.db);
		const leraar = await createUser(ctx.db);
		const school = await createSchool(ctx.db, board);
		await addMember(ctx.db, leraar, school, 'leraar');
		const bestuurderB = await createUser(ctx.db);
		await addMember(ctx.db, bestuurderB, other, 'bestuurder');
		const bytes = encode(generateSchoolsCsv(3));
		await expect(importBoardSchools(ctx.db, leraar.id, board.id, bytes)).rejects.toMatchObject({ code: 'not_found' });
		await expect(importBoardSchools(ctx.db, bestuurderB.id, board.id, bytes)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(importBoardSchools(ctx.db, null, board.id, bytes)).rejects.toMatchObject({ code: 'unauthenticated' });
	});

	it('imports people: members at once when they have an account, invitations (with mail) otherwise', async () => {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board, { brin: '98ZZ', locationNumber: '01' });
		const kwaliteit = await createUser(ctx.db);
		await addMember(ctx.db, kwaliteit, board, 'kwaliteitsmedewerker');
		const existing = await createUser(ctx.db, { email: `bestaand-${Date.now()}@school.example` });
		const newcomer = `nieuw-${Date.now()}@school.example`;
		const file = `naam;e-mail;rol;school\nBea Bestaand;${existing.email};leraar;98ZZ01\nNina Nieuw;${newcomer};IB;98ZZ01\nKees Kwaliteit;kees-${Date.now()}@school.example;kwaliteitsmedewerker;\n`;
		const outcome = await importPeople(app, kwaliteit.id, board.id, encode(file), 'nl');
		expect(outcome).toEqual({ ok: true, added: 1, invited: 2, unchanged: 0 });
		const [m] = await ctx.db
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, existing.id), eq(memberships.organisationId, school.id)));
		expect(m?.role).toBe('leraar');
		const [inv] = await ctx.db.select().from(invitations).where(eq(invitations.email, newcomer));
		expect(inv).toMatchObject({ organisationId: school.id, role: 'ondersteuning', status: 'pending' });
		const jobs = await app.boss.findJobs('mail', { data: { to: newcomer } });
		expect(jobs).toHaveLength(1);
	});

	it('imports no people when one row names a school outside the board or a role that does not fit', async () => {
		const board = await createBoard(ctx.db);
		await createSchool(ctx.db, board, { brin: '97YY', locationNumber: '00' });
		const kwaliteit = await createUser(ctx.db);
		await addMember(ctx.db, kwaliteit, board, 'kwaliteitsmedewerker');
		const file = `naam;e-mail;rol;school\nA;a-${Date.now()}@school.example;leraar;97YY00\nB;b-${Date.now()}@school.example;leraar;96XX00\nC;c-${Date.now()}@school.example;bestuurder;97YY00\n`;
		const outcome = await importPeople(app, kwaliteit.id, board.id, encode(file), 'nl');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) throw new Error('should fail');
		expect(outcome.failure.rowIssues.map((i) => [i.line, i.code])).toEqual([
			[3, 'unknown_school'],
			[4, 'role_wrong_place']
		]);
		const rows = await ctx.db.select().from(invitations).where(eq(invitations.invitedBy, kwaliteit.id));
		expect(rows).toHaveLength(0);
	});
});
