import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { testContext } from './app-context.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { saveAnswers } from '../../src/lib/server/use-cases/respond/save-answers.ts';
import { getRespondentForm } from '../../src/lib/server/use-cases/respond/get-respondent-form.ts';
import { changeRound } from '../../src/lib/server/use-cases/rounds/change-round.ts';
import { getRound } from '../../src/lib/server/use-cases/rounds/get-round.ts';
import { getMyStart } from '../../src/lib/server/use-cases/account/get-my-start.ts';
import { getThanks } from '../../src/lib/server/use-cases/respond/get-thanks.ts';
import { sendReminders } from '../../src/lib/server/use-cases/rounds/send-reminders.ts';
import { answers, participations, responseComments, responses } from '../../src/lib/server/db/schema/index.ts';
import { recordParticipationJob } from '../../src/lib/server/reflection/participation-worker.ts';

const full = (level = 3) => ({
	'q:koers': String(level),
	'q:data-en-feedback': String(level),
	'q:lerende-professional': 'weet-niet',
	'q:samen-leren-in-het-team': String(level),
	'q:georganiseerd-leiderschap': String(level),
	'amb:koers': '4',
	'c:koers': 'We praten er te weinig over.'
});

describeDb('reflection rounds and anonymous answers', (ctx) => {
	let app: Awaited<ReturnType<typeof testContext>>;
	beforeAll(async () => {
		app = await testContext(ctx.handle);
		await importShippedModels(ctx.db, 'content/models');
	});
	afterAll(async () => app?.stop());

	async function world() {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const leider = await createUser(ctx.db);
		await addMember(ctx.db, leider, school, 'schoolleider');
		const { round, codes } = await createRound(ctx.db, school);
		return { board, school, leider, round, codes };
	}
	const submit = (code: string, form: Record<string, string>, extra: Partial<Parameters<typeof saveAnswers>[1]> = {}) =>
		saveAnswers(app, {
			code,
			resumeToken: undefined,
			form,
			submit: true,
			address: '192.0.2.1',
			userId: null,
			...extra
		});

	it('stores a submission as answers without anything that points to a person', async () => {
		const { round, codes } = await world();
		const { resumeToken, submitted } = await submit(codes.leraren!, full());
		expect(submitted).toBe(true);
		const [response] = await ctx.db.select().from(responses).where(eq(responses.roundId, round.id));
		expect(response).toMatchObject({ layer: 'leraren', status: 'submitted' });
		expect(response!.resumeHash).not.toContain(resumeToken);
		const rows = await ctx.db.select().from(answers).where(eq(answers.responseId, response!.id));
		expect(rows).toHaveLength(5);
		expect(rows.find((r) => r.item === 'koers')).toMatchObject({ level: 3, ambition: 4, dontKnow: false });
		expect(rows.find((r) => r.item === 'lerende-professional')).toMatchObject({ level: null, dontKnow: true });
		const [comment] = await ctx.db.select().from(responseComments).where(eq(responseComments.responseId, response!.id));
		expect(comment?.text).toBe('We praten er te weinig over.');
	});

	it('keeps answers and everything joinable to them free of people, sessions, addresses and times finer than the day', async () => {
		const columns = await ctx.db.execute(sql`
			select table_name, column_name, data_type from information_schema.columns
			where table_schema = 'public' and table_name in ('responses', 'answers', 'response_comments')`);
		const list = (columns as unknown as { rows: { table_name: string; column_name: string; data_type: string }[] })
			.rows;
		expect(list.length).toBeGreaterThan(10);
		for (const c of list) {
			expect(c.column_name).not.toMatch(/user|invitation|session|ip|address|agent|email|member|token$/i);
			expect(c.data_type).not.toMatch(/timestamp|time with|interval/i);
		}
		// Foreign keys from the answer tables lead only to the round (and from there to the organisation).
		const fks = await ctx.db.execute(sql`
			select tc.table_name, ccu.table_name as target from information_schema.table_constraints tc
			join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
			where tc.constraint_type = 'FOREIGN KEY' and tc.table_name in ('responses', 'answers', 'response_comments')`);
		const targets = new Set((fks as unknown as { rows: { target: string }[] }).rows.map((r) => r.target));
		expect([...targets].sort()).toEqual(['responses', 'rounds']);
		// The table of who took part shares nothing with the answers but the round, and has no time at all.
		const part = await ctx.db.execute(
			sql`select column_name from information_schema.columns where table_name = 'participations' order by column_name`
		);
		expect((part as unknown as { rows: { column_name: string }[] }).rows.map((r) => r.column_name)).toEqual([
			'round_id',
			'user_id'
		]);
	});

	it('records that a signed-in person took part later, in a job, apart from the answers', async () => {
		const { round, codes, school } = await world();
		const leraar = await createUser(ctx.db);
		await addMember(ctx.db, leraar, school, 'leraar');
		await submit(codes.leraren!, full(2), { userId: leraar.id });
		const [job] = await app.boss.findJobs<{ roundId: string; userId: string }>('participation', {
			data: { roundId: round.id }
		});
		expect(job?.data).toEqual({ roundId: round.id, userId: leraar.id });
		expect(job!.startAfter.getTime() - Date.now()).toBeGreaterThan(60_000);
		expect(await ctx.db.select().from(participations).where(eq(participations.roundId, round.id))).toHaveLength(0);
		await recordParticipationJob(ctx.db, job!.data);
		expect(await ctx.db.select().from(participations).where(eq(participations.roundId, round.id))).toEqual([
			{ roundId: round.id, userId: leraar.id }
		]);
	});

	it('saves a draft, resumes it with the token, and lets the answers change after submitting', async () => {
		const { codes } = await world();
		const { resumeToken } = await saveAnswers(app, {
			code: codes.schoolleiding!,
			resumeToken: undefined,
			form: { 'q:koers': '2' },
			submit: false,
			address: '192.0.2.2',
			userId: null
		});
		const draft = await getRespondentForm(ctx.db, codes.schoolleiding!, resumeToken);
		expect(draft.saved).toMatchObject({ status: 'draft', answered: 1 });
		await expect(
			saveAnswers(app, {
				code: codes.schoolleiding!,
				resumeToken,
				form: { 'q:koers': '2' },
				submit: true,
				address: 'x',
				userId: null
			})
		).rejects.toMatchObject({
			code: 'invalid_input'
		});
		await saveAnswers(app, {
			code: codes.schoolleiding!,
			resumeToken,
			form: full(2),
			submit: true,
			address: 'x',
			userId: null
		});
		await saveAnswers(app, {
			code: codes.schoolleiding!,
			resumeToken,
			form: full(5),
			submit: false,
			address: 'x',
			userId: null
		});
		const after = await getRespondentForm(ctx.db, codes.schoolleiding!, resumeToken);
		expect(after.saved?.status).toBe('submitted');
		expect(after.saved?.answers.find((a) => a.item === 'koers')?.level).toBe(5);
		expect(
			await ctx.db
				.select()
				.from(responses)
				.where(eq(responses.resumeHash, (await ctx.db.select().from(responses).limit(1))[0]!.resumeHash))
		).toHaveLength(1);
	});

	it('counts a draft that became a submission once, as submitted, also when two saves from one page race', async () => {
		const { round, codes, leider } = await world();
		const page = await getRespondentForm(ctx.db, codes.leraren!, undefined);
		expect(page.draftKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
		// An autosave and the click on "versturen", sent from the same page before either set the cookie.
		const save = (submit: boolean, form: Record<string, string>) =>
			saveAnswers(app, {
				code: codes.leraren!,
				resumeToken: undefined,
				draftKey: page.draftKey!,
				form,
				submit,
				address: '192.0.2.9',
				userId: null
			});
		const [draft, sent] = await Promise.all([save(false, full()), save(true, full())]);
		expect(draft.resumeToken).toBe(page.draftKey);
		expect(sent.resumeToken).toBe(page.draftKey);
		// The autosave that arrives last, with an answer still missing, cannot undo the submission.
		const { 'q:koers': _left, ...partial } = full();
		await expect(save(false, partial)).rejects.toMatchObject({ code: 'invalid_input' });
		const rows = await ctx.db.select().from(responses).where(eq(responses.roundId, round.id));
		expect(rows.map((r) => r.status)).toEqual(['submitted']);
		expect((await getRound(ctx.db, leider.id, round.id)).layers.find((l) => l.layer === 'leraren')).toMatchObject({
			submitted: 1,
			drafts: 0
		});
		// Once saved, the page offers no new draft key: the cookie finds the response.
		expect((await getRespondentForm(ctx.db, codes.leraren!, page.draftKey!)).draftKey).toBeNull();
	});

	it('offers the thank-you page’s resume link and “forget” only to the device that holds the token, while the round is open', async () => {
		const { round, codes, leider } = await world();
		const { resumeToken } = await submit(codes.leraren!, full());
		expect(await getThanks(ctx.db, codes.leraren!, resumeToken)).toMatchObject({ kept: true });
		expect(await getThanks(ctx.db, codes.leraren!, undefined)).toMatchObject({ kept: false });
		// A token of another layer's code opens nothing here.
		expect(await getThanks(ctx.db, codes.schoolleiding!, resumeToken)).toMatchObject({ kept: false });
		await changeRound(ctx.db, leider.id, round.id, { action: 'close', confirmed: true });
		expect(await getThanks(ctx.db, codes.leraren!, resumeToken)).toMatchObject({ kept: false });
	});

	it('refuses answers to a closed round and a round that has not been opened, and saves nothing', async () => {
		const { round, codes, leider } = await world();
		// Closing asks first: an unconfirmed close changes nothing.
		expect(await changeRound(ctx.db, leider.id, round.id, { action: 'close', confirmed: false })).toBe('confirm');
		expect((await getRound(ctx.db, leider.id, round.id)).round.status).toBe('open');
		expect(await changeRound(ctx.db, leider.id, round.id, { action: 'close', confirmed: true })).toBe('done');
		await expect(submit(codes.leraren!, full())).rejects.toMatchObject({ code: 'closed' });
		const { round: draft, codes: draftCodes } = await createRound(ctx.db, (await world()).school, { open: false });
		await expect(submit(draftCodes.leraren!, full())).rejects.toMatchObject({ code: 'closed' });
		for (const id of [round.id, draft.id])
			expect(await ctx.db.select().from(responses).where(eq(responses.roundId, id))).toHaveLength(0);
	});

	it('rejects unknown questions, levels outside the scale and long comments, naming the field', async () => {
		const { codes, round } = await world();
		await expect(submit(codes.leraren!, { ...full(), 'q:onbekend': '2' })).rejects.toMatchObject({
			fields: expect.arrayContaining([{ field: 'q:onbekend', message: 'not_allowed' }])
		});
		await expect(submit(codes.leraren!, { ...full(), 'q:koers': '6' })).rejects.toMatchObject({
			fields: expect.arrayContaining([{ field: 'q:koers', message: 'not_allowed' }])
		});
		await expect(submit(codes.leraren!, { ...full(), 'c:koers': 'x'.repeat(2001) })).rejects.toMatchObject({
			fields: expect.arrayContaining([{ field: 'c:koers', message: 'too_long' }])
		});
		await expect(submit('NIETBEST', full())).rejects.toMatchObject({ code: 'not_found' });
		expect(await ctx.db.select().from(responses).where(eq(responses.roundId, round.id))).toHaveLength(0);
	});

	it('enforces the maximum per layer in the same statement as the insert', async () => {
		const { school } = await world();
		const { round, codes } = await createRound(ctx.db, school, { maxPerLayer: 2 });
		await submit(codes.leraren!, full(), { address: 'a' });
		await submit(codes.leraren!, full(), { address: 'b' });
		await expect(submit(codes.leraren!, full(), { address: 'c' })).rejects.toMatchObject({ code: 'closed' });
		expect(await ctx.db.select().from(responses).where(eq(responses.roundId, round.id))).toHaveLength(2);
	});

	it('counts per layer for the leader, and reminds only members who have not taken part', async () => {
		const { round, codes, leider, school } = await world();
		const done = await createUser(ctx.db);
		const todo = await createUser(ctx.db);
		const ib = await createUser(ctx.db);
		for (const [u, role] of [
			[done, 'leraar'],
			[todo, 'leraar'],
			[ib, 'ondersteuning']
		] as const)
			await addMember(ctx.db, u, school, role);
		await submit(codes.leraren!, full(), { userId: done.id });
		await recordParticipationJob(ctx.db, { roundId: round.id, userId: done.id });
		await saveAnswers(app, {
			code: codes.leraren!,
			resumeToken: undefined,
			form: { 'q:koers': '1' },
			submit: false,
			address: 'z',
			userId: null
		});
		const page = await getRound(ctx.db, leider.id, round.id);
		expect(page.layers.find((l) => l.layer === 'leraren')).toMatchObject({ submitted: 1, drafts: 1 });
		const { sent } = await sendReminders(app, leider.id, round.id);
		// The leader (schoolleiding), the teacher who did not answer and support staff (with the teachers:
		// the round asks no support layer); not the teacher who did.
		expect(sent).toBe(3);
		const jobs = await app.boss.findJobs<{ to: string }>('mail', {
			data: { subject: 'Herinnering: Reflectie schooljaar 2026-2027' }
		});
		const recipients = jobs.map((j) => j.data.to);
		expect(recipients).toContain(todo.email);
		expect(recipients).not.toContain(done.email);
		expect(recipients).toContain(ib.email);
	});

	it('shows every layer code to whoever manages the round, and a member only their own layer’s', async () => {
		const { round, codes, leider, school, board } = await world();
		const person = async (role: Parameters<typeof addMember>[3], at: { id: string }) => {
			const user = await createUser(ctx.db);
			await addMember(ctx.db, user, at, role);
			return user.id;
		};
		const codesFor = async (userId: string) => (await getRound(ctx.db, userId, round.id)).codes;
		const both = [
			{ layer: 'schoolleiding', code: codes.schoolleiding },
			{ layer: 'leraren', code: codes.leraren }
		];
		expect(await codesFor(leider.id)).toEqual(both);
		expect(await codesFor(await person('bestuurder', board))).toEqual(both);
		expect(await codesFor(await person('leraar', school))).toEqual([{ layer: 'leraren', code: codes.leraren }]);
		expect(await codesFor(await person('ondersteuning', school))).toEqual([{ layer: 'leraren', code: codes.leraren }]);
		expect(await codesFor(await person('middenmanager', school))).toEqual([
			{ layer: 'schoolleiding', code: codes.schoolleiding }
		]);
		expect(await codesFor(await person('critical-friend', school))).toEqual([]);
		// Counts stay visible to every member: they are numbers per layer, not a way in.
		expect((await getRound(ctx.db, await person('leraar', school), round.id)).layers).toHaveLength(2);
		// A teacher here who leads another school still finds only the teachers' code on the start page.
		const teacher = await createUser(ctx.db);
		await addMember(ctx.db, teacher, school, 'leraar');
		await addMember(ctx.db, teacher, await createSchool(ctx.db, board), 'schoolleider');
		const start = await getMyStart(ctx.db, teacher.id);
		expect(start.rounds.filter((r) => r.id === round.id).map((r) => r.code)).toEqual([codes.leraren]);
	});
});
