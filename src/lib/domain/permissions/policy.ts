/**
 * Who may do what, as data. A membership gives its role's permissions on the
 * organisation it is held in and on everything that organisation contains (a board contains its
 * clusters and schools, a cluster its schools). Membership of a partnership additionally lets a
 * person see — only see — the partnership's member boards and schools.
 */
import type { OrganisationKind } from '../organisation/types.ts';
import type { Role } from '../organisation/roles.ts';

export const PERMISSIONS = [
	'organisation.view',
	'organisation.viewMembers',
	'organisation.manage',
	'organisation.import',
	'members.manage',
	'rounds.view',
	'rounds.manage',
	'plans.view',
	'plans.comment',
	'plans.manage',
	'dialogue.facilitate'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEW = [
	'organisation.view',
	'organisation.viewMembers',
	'rounds.view',
	'plans.view',
	'plans.comment'
] as const satisfies readonly Permission[];
const ADMIN = [
	...VIEW,
	'organisation.manage',
	'organisation.import',
	'members.manage',
	'rounds.manage',
	'dialogue.facilitate'
] as const satisfies readonly Permission[];

export const ROLE_PERMISSIONS = {
	bestuurder: ADMIN,
	kwaliteitsmedewerker: ADMIN,
	// A school's plan is the school leader's to write; the team and the board read and comment.
	schoolleider: [
		...VIEW,
		'organisation.manage',
		'members.manage',
		'rounds.manage',
		'plans.manage',
		'dialogue.facilitate'
	],
	// A team conversation on the results may be led by a middle manager or a critical friend too.
	middenmanager: [...VIEW, 'dialogue.facilitate'],
	leraar: VIEW,
	ondersteuning: VIEW,
	schoolopleider: [...VIEW, 'members.manage', 'rounds.manage', 'dialogue.facilitate'],
	instituutsopleider: [...VIEW, 'members.manage', 'rounds.manage', 'dialogue.facilitate'],
	werkplekbegeleider: VIEW,
	'critical-friend': [...VIEW, 'dialogue.facilitate'],
	programmamedewerker: ADMIN,
	platformbeheerder: ADMIN
} as const satisfies Record<Role, readonly Permission[]>;

/** The kinds of organisation in which each role can be held; invitations and imports respect this. */
export const ROLE_PLACES = {
	bestuurder: ['board', 'cluster'],
	kwaliteitsmedewerker: ['board', 'cluster'],
	schoolleider: ['school', 'cluster'],
	middenmanager: ['school'],
	leraar: ['school', 'network'],
	ondersteuning: ['school', 'cluster'],
	schoolopleider: ['partnership', 'school'],
	instituutsopleider: ['partnership', 'institute'],
	werkplekbegeleider: ['partnership', 'school'],
	'critical-friend': ['network', 'partnership', 'school'],
	programmamedewerker: ['programme', 'network'],
	platformbeheerder: ['programme']
} as const satisfies Record<Role, readonly OrganisationKind[]>;

/** Permissions that a partnership membership extends, read-only, to the partnership's members. */
// A partnership works on its schools' development together: it may read their plans, not change them.
export const PARTNERSHIP_REACH: readonly Permission[] = ['organisation.view', 'plans.view'];

/** Roles that keep an organisation administrable: the last of these cannot leave or be demoted. */
export function isAdminRole(role: Role): boolean {
	return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes('members.manage');
}

/** Whether the role can be held in an organisation of this kind. */
export function roleFits(role: Role, kind: OrganisationKind): boolean {
	return (ROLE_PLACES[role] as readonly OrganisationKind[]).includes(kind);
}

export function rolesFor(kind: OrganisationKind): Role[] {
	return (Object.keys(ROLE_PLACES) as Role[]).filter((role) => role !== 'platformbeheerder' && roleFits(role, kind));
}
