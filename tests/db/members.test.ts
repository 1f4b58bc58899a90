import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeDb } from './harness.ts';
import { testContext } from './app-context.ts';
import {
	createBoard,
	createCluster,
	createGroup,
	createSchool,
	linkMember
} from '../../src/lib/server/seed/factories/organisations.ts';
import { addMember, createUser } from '../../src/lib/server/seed/factories/users.ts';
import { inviteMember } from '../../src/lib/server/use-cases/members/invite-member.ts';
import { getInvitation } from '../../src/lib/server/use-cases/members/get-invitation.ts';
import { respondToInvitation } from '../../src/lib/server/use-cases/members/respond-to-invitation.ts';
import { revokeInvitation } from '../../src/lib/server/use-cases/members/revoke-invitation.ts';
import { changeMemberRole } from '../../src/lib/server/use-cases/members/change-member-role.ts';
import { removeMember } from '../../src/lib/server/use-cases/members/remove-member.ts';
import { listMembers } from '../../src/lib/server/use-cases/members/list-members.ts';
import { getOrganisation } from '../../src/lib/server/use-cases/organisations/get-organisation.ts';
import { getMyStart } from '../../src/lib/server/use-cases/account/get-my-start.ts';
import { invitations, memberships } from '../../src/lib/server/db/schema/index.ts';

describeDb('organisations, members and invitations', (ctx) => {
	let app: Awaited<ReturnType<typeof testContext>>;
	beforeAll(async () => {
		app = await testContext(ctx.handle);
	});
	afterAll(async () => app?.stop());

	async function boardWithSchools() {
		const board = await createBoard(ctx.db);
		const cluster = await createCluster(ctx.db, board, 'Cluster Test');
		const school = await createSchool(ctx.db, board, { clusterId: cluster.id });
		const other = await createSchool(ctx.db, board);
		const bestuurder = await createUser(ctx.db);
		await addMember(ctx.db, bestuurder, board, 'bestuurder');
		return { board, cluster, school, other, bestuurder };
	}

	it('invites, sends the mail with a token link, and lets the invited person accept', async () => {
		const { school, bestuurder } = await boardWithSchools();
		const email = `leraar-${Date.now()}@school.example`;
		const { invitationId } = await inviteMember(app, bestuurder.id, school.id, { email, role: 'leraar' }, 'nl');
		const [job] = await app.boss.findJobs<{ to: string; text: string }>('mail', { data: { to: email } });
		const link = /http:\/\/werkwijzer\.test\/uitnodigingen\/([0-9a-f-]+)\?token=([A-Za-z0-9_-]+)/.exec(job!.data.text);
		expect(link?.[1]).toBe(invitationId);
		const token = link![2]!;
		// The token is not stored, only its hash.
		const [row] = await ctx.db.select().from(invitations).where(eq(invitations.id, invitationId));
		expect(row!.tokenHash).not.toContain(token);
		// Anyone with the link sees it; without the link (and not the invited address) it does not exist.
		expect((await getInvitation(ctx.db, null, invitationId, token)).canRespond).toBe(false);
		await expect(getInvitation(ctx.db, null, invitationId, 'x'.repeat(32))).rejects.toMatchObject({
			code: 'not_found'
		});
		const invitee = await createUser(ctx.db, { email });
		await respondToInvitation(ctx.db, invitee.id, invitationId, token, 'accept');
		const [m] = await ctx.db
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, invitee.id), eq(memberships.organisationId, school.id)));
		expect(m?.role).toBe('leraar');
		await expect(respondToInvitation(ctx.db, invitee.id, invitationId, token, 'accept')).rejects.toMatchObject({
			code: 'closed'
		});
	});

	it('lets the invited address answer from the landing page without the token, and decline', async () => {
		const { school, bestuurder } = await boardWithSchools();
		const invitee = await createUser(ctx.db);
		const { invitationId } = await inviteMember(
			app,
			bestuurder.id,
			school.id,
			{ email: invitee.email, role: 'middenmanager' },
			'nl'
		);
		const start = await getMyStart(ctx.db, invitee.id);
		expect(start.invitations.map((i) => i.id)).toContain(invitationId);
		await respondToInvitation(ctx.db, invitee.id, invitationId, undefined, 'decline');
		const [row] = await ctx.db.select().from(invitations).where(eq(invitations.id, invitationId));
		expect(row?.status).toBe('declined');
		const someoneElse = await createUser(ctx.db);
		await expect(respondToInvitation(ctx.db, someoneElse.id, invitationId, undefined, 'accept')).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('refuses roles that do not fit, existing members and bad addresses, naming the field', async () => {
		const { school, board, bestuurder } = await boardWithSchools();
		await expect(
			inviteMember(app, bestuurder.id, school.id, { email: 'a@school.example', role: 'bestuurder' }, 'nl')
		).rejects.toMatchObject({
			code: 'invalid_input',
			fields: [{ field: 'role', message: 'wrong_place' }]
		});
		await expect(
			inviteMember(app, bestuurder.id, board.id, { email: bestuurder.email, role: 'kwaliteitsmedewerker' }, 'nl')
		).rejects.toMatchObject({
			fields: [{ field: 'email', message: 'already_member' }]
		});
		await expect(
			inviteMember(app, bestuurder.id, board.id, { email: 'geen-adres', role: 'kwaliteitsmedewerker' }, 'nl')
		).rejects.toMatchObject({
			fields: [{ field: 'email', message: 'invalid_email' }]
		});
		await expect(
			inviteMember(app, bestuurder.id, board.id, { email: 'x@school.example', role: 'platformbeheerder' }, 'nl')
		).rejects.toMatchObject({
			fields: [{ field: 'role', message: 'not_allowed' }]
		});
	});

	it('revokes a pending invitation; the link then shows it as revoked and cannot be accepted', async () => {
		const { school, bestuurder } = await boardWithSchools();
		const invitee = await createUser(ctx.db);
		const { invitationId } = await inviteMember(
			app,
			bestuurder.id,
			school.id,
			{ email: invitee.email, role: 'leraar' },
			'nl'
		);
		await revokeInvitation(ctx.db, bestuurder.id, school.id, { invitationId });
		expect((await getInvitation(ctx.db, invitee.id, invitationId, undefined)).status).toBe('revoked');
		await expect(respondToInvitation(ctx.db, invitee.id, invitationId, undefined, 'accept')).rejects.toMatchObject({
			code: 'closed'
		});
	});

	it('never removes or demotes the last administrator, not even by themselves', async () => {
		const { school, bestuurder } = await boardWithSchools();
		const leider = await createUser(ctx.db);
		await addMember(ctx.db, leider, school, 'schoolleider');
		const [own] = await ctx.db
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, leider.id), eq(memberships.organisationId, school.id)));
		await expect(removeMember(ctx.db, leider.id, school.id, { membershipId: own!.id })).rejects.toMatchObject({
			code: 'conflict',
			fields: [{ message: 'last_admin' }]
		});
		await expect(
			changeMemberRole(ctx.db, bestuurder.id, school.id, { membershipId: own!.id, role: 'leraar' })
		).rejects.toMatchObject({ code: 'conflict' });
		const tweede = await createUser(ctx.db);
		await addMember(ctx.db, tweede, school, 'schoolleider');
		await changeMemberRole(ctx.db, bestuurder.id, school.id, { membershipId: own!.id, role: 'leraar' });
		expect((await removeMember(ctx.db, leider.id, school.id, { membershipId: own!.id })).self).toBe(true);
	});

	it('shows a bestuurder every school, a leraar only their own, a critical friend only their network', async () => {
		const { board, cluster, school, other, bestuurder } = await boardWithSchools();
		const leraar = await createUser(ctx.db);
		await addMember(ctx.db, leraar, school, 'leraar');
		const network = await createGroup(ctx.db, 'network', 'Netwerk Test');
		await linkMember(ctx.db, network, school);
		const friend = await createUser(ctx.db);
		await addMember(ctx.db, friend, network, 'critical-friend');

		const boardPage = await getOrganisation(ctx.db, bestuurder.id, board.id);
		expect(boardPage.schools.map((s) => s.id).sort()).toEqual([school.id, other.id].sort());
		expect(boardPage.clusters[0]?.schools.map((s) => s.id)).toEqual([school.id]);
		expect((await getOrganisation(ctx.db, bestuurder.id, cluster.id)).schools.map((s) => s.id)).toEqual([school.id]);

		expect((await getOrganisation(ctx.db, leraar.id, school.id)).organisation.id).toBe(school.id);
		for (const id of [board.id, cluster.id, other.id, network.id]) {
			await expect(getOrganisation(ctx.db, leraar.id, id)).rejects.toMatchObject({ code: 'not_found' });
		}
		const networkPage = await getOrganisation(ctx.db, friend.id, network.id);
		expect(networkPage.members.map((m) => [m.id, m.visible])).toEqual([[school.id, false]]);
		for (const id of [board.id, school.id, other.id]) {
			await expect(getOrganisation(ctx.db, friend.id, id)).rejects.toMatchObject({ code: 'not_found' });
		}
		await expect(listMembers(ctx.db, friend.id, school.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(listMembers(ctx.db, leraar.id, school.id)).resolves.toMatchObject({
			canManage: false,
			invitations: []
		});
	});

	it('lets a schoolopleider see, but not manage, the schools of the partnership', async () => {
		const { board, school } = await boardWithSchools();
		const partnership = await createGroup(ctx.db, 'partnership', 'Partnerschap Test');
		await linkMember(ctx.db, partnership, board);
		const opleider = await createUser(ctx.db);
		await addMember(ctx.db, opleider, partnership, 'schoolopleider');
		expect((await getOrganisation(ctx.db, opleider.id, school.id)).permissions).toEqual([
			'organisation.view',
			'plans.view'
		]);
		await expect(listMembers(ctx.db, opleider.id, school.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			inviteMember(app, opleider.id, school.id, { email: 'x@school.example', role: 'leraar' }, 'nl')
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});
