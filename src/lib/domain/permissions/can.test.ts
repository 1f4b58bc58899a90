import { describe, expect, it } from 'vitest';
import { can, permissionsOn, type Actor, type Target } from './can.ts';
import { PERMISSIONS, ROLE_PLACES, isAdminRole, roleFits, rolesFor } from './policy.ts';

const board: Target = { id: 'board-a', kind: 'board', containers: [], groups: ['partnership-p'] };
const cluster: Target = { id: 'cluster-1', kind: 'cluster', containers: ['board-a'], groups: [] };
const school: Target = {
	id: 'school-1',
	kind: 'school',
	containers: ['board-a', 'cluster-1'],
	groups: ['partnership-p']
};
const otherSchool: Target = { id: 'school-2', kind: 'school', containers: ['board-a'], groups: [] };
const foreignSchool: Target = { id: 'school-x', kind: 'school', containers: ['board-b'], groups: [] };
const network: Target = { id: 'network-n', kind: 'network', containers: [], groups: [] };
const partnership: Target = { id: 'partnership-p', kind: 'partnership', containers: [], groups: [] };

const actor = (...memberships: Actor['memberships']): Actor => ({ userId: 'u', isPlatformAdmin: false, memberships });

describe('can', () => {
	it('lets a bestuurder see and manage every school of the board, and nothing of another board', () => {
		const bestuurder = actor({ organisationId: 'board-a', organisationKind: 'board', role: 'bestuurder' });
		for (const target of [board, cluster, school, otherSchool]) {
			expect(can(bestuurder, 'organisation.view', target)).toBe(true);
			expect(can(bestuurder, 'members.manage', target)).toBe(true);
		}
		expect(can(bestuurder, 'organisation.view', foreignSchool)).toBe(false);
	});

	it('lets a leraar see only their own school, and not manage it', () => {
		const leraar = actor({ organisationId: 'school-1', organisationKind: 'school', role: 'leraar' });
		expect(can(leraar, 'organisation.view', school)).toBe(true);
		expect(can(leraar, 'organisation.viewMembers', school)).toBe(true);
		expect(can(leraar, 'members.manage', school)).toBe(false);
		expect(can(leraar, 'organisation.view', otherSchool)).toBe(false);
		expect(can(leraar, 'organisation.view', board)).toBe(false);
		expect(can(leraar, 'organisation.view', cluster)).toBe(false);
	});

	it('lets a critical friend see only their network', () => {
		const friend = actor({ organisationId: 'network-n', organisationKind: 'network', role: 'critical-friend' });
		expect(can(friend, 'organisation.view', network)).toBe(true);
		expect(can(friend, 'members.manage', network)).toBe(false);
		for (const target of [board, school, partnership]) expect(can(friend, 'organisation.view', target)).toBe(false);
	});

	it('lets a schoolopleider of a partnership see, but not manage, its member boards and schools', () => {
		const opleider = actor({
			organisationId: 'partnership-p',
			organisationKind: 'partnership',
			role: 'schoolopleider'
		});
		expect(can(opleider, 'members.manage', partnership)).toBe(true);
		expect(can(opleider, 'organisation.view', board)).toBe(true);
		expect(can(opleider, 'organisation.view', school)).toBe(true);
		expect(can(opleider, 'organisation.viewMembers', school)).toBe(false);
		expect(can(opleider, 'members.manage', school)).toBe(false);
		expect(can(opleider, 'organisation.view', otherSchool)).toBe(false);
	});

	it('combines memberships: a person with several roles gets the union, each in its own place', () => {
		const both = actor(
			{ organisationId: 'school-1', organisationKind: 'school', role: 'schoolleider' },
			{ organisationId: 'network-n', organisationKind: 'network', role: 'leraar' }
		);
		expect(can(both, 'members.manage', school)).toBe(true);
		expect(can(both, 'members.manage', network)).toBe(false);
		expect(can(both, 'organisation.view', network)).toBe(true);
		expect(permissionsOn(both, otherSchool, PERMISSIONS)).toEqual([]);
	});

	it('denies everything to nobody and allows everything to a platform admin', () => {
		for (const p of PERMISSIONS) {
			expect(can(null, p, school)).toBe(false);
			expect(can({ userId: 'a', isPlatformAdmin: true, memberships: [] }, p, foreignSchool)).toBe(true);
		}
	});
});

describe('policy', () => {
	it('knows which roles belong where and which roles administer', () => {
		expect(rolesFor('school')).toContain('leraar');
		expect(rolesFor('school')).not.toContain('bestuurder');
		expect(rolesFor('board')).toEqual(['bestuurder', 'kwaliteitsmedewerker']);
		expect(rolesFor('programme')).not.toContain('platformbeheerder');
		expect(isAdminRole('schoolleider')).toBe(true);
		expect(isAdminRole('leraar')).toBe(false);
		expect(Object.keys(ROLE_PLACES)).toHaveLength(12);
	});

	it('says where a role can be held, the platform administrator included', () => {
		expect(roleFits('leraar', 'school')).toBe(true);
		expect(roleFits('leraar', 'board')).toBe(false);
		expect(roleFits('platformbeheerder', 'programme')).toBe(true);
		expect(roleFits('critical-friend', 'partnership')).toBe(true);
	});
});
