import { beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { createBoard, createSchool } from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { createRound, finishRound } from '../../src/lib/server/seed/factories/rounds.ts';
import { importShippedModels } from '../../src/lib/server/boot.ts';
import { executeRows, openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { dialoguePlacements, dialogueSessions } from '../../src/lib/server/db/schema/index.ts';
import { startDialogue } from '../../src/lib/server/use-cases/dialogue/start-dialogue.ts';
import { getDialogue } from '../../src/lib/server/use-cases/dialogue/get-dialogue.ts';
import { steerDialogue } from '../../src/lib/server/use-cases/dialogue/steer-dialogue.ts';
import { recordAgreement } from '../../src/lib/server/use-cases/dialogue/record-agreement.ts';
import { joinDialogue } from '../../src/lib/server/use-cases/dialogue/join-dialogue.ts';
import { placeInDialogue } from '../../src/lib/server/use-cases/dialogue/place-in-dialogue.ts';
import { getParticipantPage } from '../../src/lib/server/use-cases/dialogue/get-participant-page.ts';
import { getRoundReport } from '../../src/lib/server/use-cases/reports/get-round-report.ts';
import { DialogueHub } from '../../src/lib/server/dialogue/hub.ts';
import type { Snapshot } from '../../src/lib/domain/dialogue/dialogue.ts';
import type { Role } from '../../src/lib/domain/organisation/roles.ts';

describeDb('live team dialogue', (ctx) => {
	beforeAll(async () => {
		await importShippedModels(ctx.db, 'content/models');
	});

	async function world() {
		const board = await createBoard(ctx.db);
		const school = await createSchool(ctx.db, board);
		const people: Partial<Record<Role, { id: string }>> = {};
		for (const role of ['schoolleider', 'middenmanager', 'leraar', 'critical-friend'] as const) {
			const user = await createUser(ctx.db, { password: null });
			await addMember(ctx.db, user, school, role);
			people[role] = user;
		}
		const { round } = await createRound(ctx.db, school, { layers: ['schoolleiding', 'leraren'] });
		const sessionId = await startDialogue(ctx.db, people.schoolleider!.id, round.id, {
			title: 'Studiedag',
			aspect: ['data-en-feedback', 'koers']
		});
		const [session] = await ctx.db.select().from(dialogueSessions).where(eq(dialogueSessions.id, sessionId));
		return { board, school, people, round, session: session! };
	}

	it('is led by a schoolleider, middenmanager or critical friend; not by a leraar or an outsider', async () => {
		const { round, people, session } = await world();
		// The aspects are kept in the model's order.
		expect(session.aspectIds).toEqual(['koers', 'data-en-feedback']);
		expect(session.code).toMatch(/^[A-Z2-9]{8}$/);
		await expect(
			startDialogue(ctx.db, people.middenmanager!.id, round.id, { title: 'MT', aspect: 'koers' })
		).resolves.toBeTypeOf('string');
		await expect(
			startDialogue(ctx.db, people['critical-friend']!.id, round.id, { title: 'CF', aspect: 'koers' })
		).resolves.toBeTypeOf('string');
		await expect(
			startDialogue(ctx.db, people.leraar!.id, round.id, { title: 'X', aspect: 'koers' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getDialogue(ctx.db, people.leraar!.id, session.id)).rejects.toMatchObject({ code: 'forbidden' });
		const outsider = await createUser(ctx.db, { password: null });
		await addMember(ctx.db, outsider, await createSchool(ctx.db, await createBoard(ctx.db)), 'schoolleider');
		await expect(getDialogue(ctx.db, outsider.id, session.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			startDialogue(ctx.db, people.schoolleider!.id, round.id, { title: '', aspect: [] })
		).rejects.toMatchObject({
			code: 'invalid_input',
			fields: [
				{ field: 'title', message: 'required' },
				{ field: 'aspect', message: 'required' }
			]
		});
		await expect(
			startDialogue(ctx.db, people.schoolleider!.id, round.id, { title: 'X', aspect: 'bestaat-niet' })
		).rejects.toMatchObject({
			code: 'invalid_input'
		});
	});

	it('shows the facilitator the spread from three placements on the scale, participants only after the reveal', async () => {
		const { people, session } = await world();
		const leader = people.schoolleider!.id;
		const passes = await Promise.all(
			(['leraren', 'leraren', 'schoolleiding', 'leraren', 'leraren'] as const).map((layer) =>
				joinDialogue(ctx.db, session.code, { layer })
			)
		);
		await expect(joinDialogue(ctx.db, session.code, { layer: 'ouders' })).rejects.toMatchObject({
			code: 'invalid_input'
		});
		await placeInDialogue(ctx.db, session.code, passes[0]!, { aspect: 'koers', level: '2' });
		await placeInDialogue(ctx.db, session.code, passes[1]!, { aspect: 'koers', level: '4' });
		expect((await getDialogue(ctx.db, leader, session.id)).live).toMatchObject({ placed: 2, spread: null });
		await expect(steerDialogue(ctx.db, leader, session.id, { action: 'reveal' })).rejects.toMatchObject({
			fields: [{ field: 'form', message: 'too_few' }]
		});
		// Changing one's mind replaces the placement: still two.
		await placeInDialogue(ctx.db, session.code, passes[1]!, { aspect: 'koers', level: '3' });
		await placeInDialogue(ctx.db, session.code, passes[2]!, { aspect: 'koers', level: 'weet-niet' });
		// Three placed, but one said "weet ik niet": two on the scale are too few to show (ADR 013).
		expect((await getDialogue(ctx.db, leader, session.id)).live).toMatchObject({ placed: 3, spread: null });
		await expect(steerDialogue(ctx.db, leader, session.id, { action: 'reveal' })).rejects.toMatchObject({
			fields: [{ field: 'form', message: 'too_few' }]
		});
		await placeInDialogue(ctx.db, session.code, passes[4]!, { aspect: 'koers', level: '3' });
		const facilitator = (await getDialogue(ctx.db, leader, session.id)).live;
		expect(facilitator.placed).toBe(4);
		expect(facilitator.spread).toMatchObject({ distribution: [0, 1, 2, 0, 0], dontKnow: 1, layers: [] });
		const before = await getParticipantPage(ctx.db, session.code, passes[0]!);
		expect(before.live.spread).toBeNull();
		expect(before.joined?.placement).toEqual({ aspectId: 'koers', level: 2 });

		await steerDialogue(ctx.db, leader, session.id, { action: 'reveal' });
		const after = await getParticipantPage(ctx.db, session.code, passes[0]!);
		expect(after.live.stage).toBe('revealed');
		expect(after.live.spread?.distribution).toEqual([0, 1, 2, 0, 0]);
		expect(after.live.prompts.map((p) => p.kind)).toEqual(['dontKnow']);
		// After the reveal nobody can place on this aspect any more, and nothing is stored.
		await expect(
			placeInDialogue(ctx.db, session.code, passes[3]!, { aspect: 'koers', level: '5' })
		).rejects.toMatchObject({
			code: 'closed'
		});
		// Nor on an aspect the session is not on.
		await expect(
			placeInDialogue(ctx.db, session.code, passes[3]!, { aspect: 'data-en-feedback', level: '5' })
		).rejects.toMatchObject({ code: 'closed' });
		await expect(
			placeInDialogue(ctx.db, session.code, passes[3]!, { aspect: 'koers', level: '9' })
		).rejects.toMatchObject({
			code: 'invalid_input'
		});
		await expect(placeInDialogue(ctx.db, session.code, null, { aspect: 'koers', level: '2' })).rejects.toMatchObject({
			code: 'invalid_input'
		});
		const rows = await ctx.db.select().from(dialoguePlacements).where(eq(dialoguePlacements.sessionId, session.id));
		expect(rows).toHaveLength(4);

		await steerDialogue(ctx.db, leader, session.id, { action: 'goto', input: { index: '1' } });
		const next = await getParticipantPage(ctx.db, session.code, passes[3]!);
		expect(next.live).toMatchObject({ index: 1, aspectId: 'data-en-feedback', stage: 'placing', placed: 0 });
		await placeInDialogue(ctx.db, session.code, passes[3]!, { aspect: 'data-en-feedback', level: '5' });
		// Unconfirmed, closing only asks; confirmed, it closes.
		await expect(steerDialogue(ctx.db, leader, session.id, { action: 'close', confirmed: false })).resolves.toBe(
			'confirm'
		);
		await placeInDialogue(ctx.db, session.code, passes[0]!, { aspect: 'data-en-feedback', level: '2' });
		await expect(
			steerDialogue(ctx.db, people.leraar!.id, session.id, { action: 'close', confirmed: false })
		).rejects.toMatchObject({ code: 'forbidden' });
		await steerDialogue(ctx.db, leader, session.id, { action: 'close', confirmed: true });
		await expect(
			placeInDialogue(ctx.db, session.code, passes[0]!, { aspect: 'data-en-feedback', level: '1' })
		).rejects.toMatchObject({
			code: 'closed'
		});
		await expect(joinDialogue(ctx.db, session.code, { layer: 'leraren' })).rejects.toMatchObject({ code: 'closed' });
	});

	it('splits the spread by layer only when every layer has three placements', async () => {
		const { people, session } = await world();
		const place = async (layer: 'leraren' | 'schoolleiding', level: string) =>
			placeInDialogue(ctx.db, session.code, await joinDialogue(ctx.db, session.code, { layer }), {
				aspect: 'koers',
				level
			});
		for (const level of ['2', '2', '1']) await place('leraren', level);
		await place('schoolleiding', '4');
		await place('schoolleiding', '4');
		expect((await getDialogue(ctx.db, people.schoolleider!.id, session.id)).live.spread?.layers).toEqual([]);
		await place('schoolleiding', '5');
		await steerDialogue(ctx.db, people.schoolleider!.id, session.id, { action: 'reveal' });
		const live = (await getDialogue(ctx.db, people.schoolleider!.id, session.id)).live;
		expect(live.spread?.layers).toEqual([
			{ layer: 'schoolleiding', n: 3, median: 4 },
			{ layer: 'leraren', n: 3, median: 2 }
		]);
		expect(live.prompts[0]).toEqual({
			kind: 'layers',
			low: { layer: 'leraren', median: 2 },
			high: { layer: 'schoolleiding', median: 4 }
		});
	});

	it("records the team's agreed phase, which the round's report shows as its consensus", async () => {
		const { people, session, round } = await world();
		const leader = people.schoolleider!.id;
		await expect(
			recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '', notes: '' })
		).rejects.toMatchObject({
			fields: [{ field: 'level', message: 'required' }]
		});
		await expect(
			recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '3', notes: 'x'.repeat(2001) })
		).rejects.toMatchObject({ fields: [{ field: 'notes', message: 'too_long' }] });
		await expect(
			recordAgreement(ctx.db, people.leraar!.id, session.id, { aspect: 'koers', level: '3' })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '2', notes: 'Eerst' });
		await recordAgreement(ctx.db, leader, session.id, {
			aspect: 'koers',
			level: '3',
			notes: 'Koers is bekend, nog niet gedeeld.'
		});
		expect((await getDialogue(ctx.db, leader, session.id)).live.agreement).toEqual({
			level: 3,
			notes: 'Koers is bekend, nog niet gedeeld.'
		});
		await finishRound(ctx.db, round.id);
		const report = await getRoundReport(ctx.db, people.leraar!.id, round.id);
		expect(report.team.aspects).toEqual([
			{
				aspectId: 'koers',
				name: 'Koers',
				agreements: [
					expect.objectContaining({ level: 3, notes: 'Koers is bekend, nog niet gedeeld.', session: 'Studiedag' })
				]
			}
		]);
	});

	it('keeps the line breaks of the notes and counts them as typed: a browser sends CRLF', async () => {
		const { people, session } = await world();
		const leader = people.schoolleider!.id;
		const notes = `${'x'.repeat(1000)}\r\n${'y'.repeat(999)}`;
		await recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '2', notes });
		expect((await getDialogue(ctx.db, leader, session.id)).live.agreement?.notes).toBe(
			`${'x'.repeat(1000)}\n${'y'.repeat(999)}`
		);
		await recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '2' });
		expect((await getDialogue(ctx.db, leader, session.id)).live.agreement).toEqual({ level: 2, notes: '' });
	});

	it("keeps every conversation's agreement on an aspect: a later one never replaces an earlier one", async () => {
		const { people, session, round } = await world();
		const leader = people.schoolleider!.id;
		await recordAgreement(ctx.db, leader, session.id, { aspect: 'koers', level: '2', notes: 'September' });
		const later = await startDialogue(ctx.db, leader, round.id, { title: 'Teamvergadering', aspect: 'koers' });
		await recordAgreement(ctx.db, leader, later, { aspect: 'koers', level: '3', notes: 'December' });
		const report = await getRoundReport(ctx.db, leader, round.id);
		// Both dated, the newest first (here: the same day, so the conversation started later).
		expect(report.team.aspects).toEqual([
			{
				aspectId: 'koers',
				name: 'Koers',
				agreements: [
					{
						level: 3,
						notes: 'December',
						session: 'Teamvergadering',
						agreedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
					},
					{ level: 2, notes: 'September', session: 'Studiedag', agreedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }
				]
			}
		]);
	});

	it("shows the team's agreements while the round is open, and after it closed without a single answer", async () => {
		const { people, session, round } = await world();
		const leader = people.schoolleider!.id;
		await recordAgreement(ctx.db, leader, session.id, {
			aspect: 'data-en-feedback',
			level: '',
			notes: 'Nog geen beeld.'
		});
		const open = await getRoundReport(ctx.db, people.leraar!.id, round.id);
		expect(open).toMatchObject({ available: false });
		expect(open.team.aspects).toEqual([
			{
				aspectId: 'data-en-feedback',
				name: 'Gebruik van data en feedback',
				agreements: [expect.objectContaining({ level: null, notes: 'Nog geen beeld.' })]
			}
		]);
		await finishRound(ctx.db, round.id);
		const closed = await getRoundReport(ctx.db, people.leraar!.id, round.id);
		expect(closed.available && closed.report.empty).toBe(true);
		expect(closed.team.aspects.map((a) => a.aspectId)).toEqual(['data-en-feedback']);
	});

	it('keeps placements as anonymous as answers: no person, address, browser or time', async () => {
		const columns = await executeRows(
			ctx.db,
			sql`select column_name from information_schema.columns where table_name = 'dialogue_placements' order by ordinal_position`
		);
		expect(columns.map((c) => c.column_name)).toEqual([
			'session_id',
			'aspect_id',
			'participant',
			'layer',
			'level',
			'dont_know'
		]);
		const { session } = await world();
		const pass = await joinDialogue(ctx.db, session.code, { layer: 'leraren' });
		await placeInDialogue(ctx.db, session.code, pass, { aspect: 'koers', level: '3' });
		const [row] = await ctx.db.select().from(dialoguePlacements).where(eq(dialoguePlacements.sessionId, session.id));
		// Only a hash of the browser's random token, salted with the session: not the token itself.
		expect(row!.participant).toMatch(/^[0-9a-f]{64}$/);
		expect(row!.participant).not.toContain(pass.token);
	});

	it('tells every listening server of a change through the database', async () => {
		const { session } = await world();
		// A second "server": its own connection to the same database where the driver allows it.
		let other: DatabaseHandle = ctx.handle;
		if (ctx.handle.driver === 'pg') other = await openDatabase({ url: ctx.handle.url, poolSize: 2 });
		const hub = new DialogueHub(other);
		const seen: Snapshot[] = [];
		const unsubscribe = await hub.subscribe(session.id, (s) => seen.push(s));
		try {
			for (let i = 0; i < 3; i++)
				await placeInDialogue(ctx.db, session.code, await joinDialogue(ctx.db, session.code, { layer: 'leraren' }), {
					aspect: 'koers',
					level: '2'
				});
			await expect.poll(() => seen.at(-1)?.placed, { timeout: 5_000 }).toBe(3);
		} finally {
			unsubscribe();
			await hub.stop();
			if (other !== ctx.handle) await other.close();
		}
	});
});
