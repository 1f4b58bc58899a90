/**
 * The roles a person can have on the platform. Ids are stable (stored, used in policy); labels are
 * what people write in a spreadsheet, so `parseRoleLabel` accepts the Dutch names, the ids and the
 * abbreviations schools use. Display labels live in the messages, not here.
 */
export const ROLES = [
	'bestuurder',
	'kwaliteitsmedewerker',
	'schoolleider',
	'middenmanager',
	'leraar',
	'ondersteuning',
	'schoolopleider',
	'instituutsopleider',
	'werkplekbegeleider',
	'critical-friend',
	'programmamedewerker',
	'platformbeheerder'
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Written forms per role, compared after `labelKey`. Besides each id and its Dutch label: the school
 * titles that mean the same role (a `directeur` leads a school; a `leerkracht` or `docent` is a teacher;
 * `IB` = intern begeleider and `OOP` = onderwijsondersteunend personeel are support staff), and the
 * English "programme staff" used by national programmes.
 */
const LABELS: Readonly<Record<Role, readonly string[]>> = {
	bestuurder: ['bestuurder', 'bestuurslid', 'board member'],
	kwaliteitsmedewerker: ['kwaliteitsmedewerker', 'kwaliteitszorgmedewerker', 'quality officer'],
	schoolleider: ['schoolleider', 'directeur', 'schooldirecteur', 'school leader'],
	middenmanager: ['middenmanager', 'teamleider', 'middle manager'],
	leraar: ['leraar', 'lerares', 'leerkracht', 'docent', 'teacher'],
	ondersteuning: [
		'ondersteuning',
		'ib',
		'ib er',
		'intern begeleider',
		'oop',
		'onderwijsondersteunend personeel',
		'onderwijsassistent'
	],
	schoolopleider: ['schoolopleider'],
	instituutsopleider: ['instituutsopleider'],
	werkplekbegeleider: ['werkplekbegeleider', 'mentor'],
	'critical-friend': ['critical friend'],
	programmamedewerker: ['programmamedewerker', 'programme staff', 'program staff'],
	platformbeheerder: ['platformbeheerder', 'platform administrator']
};

const ROLE_BY_KEY: ReadonlyMap<string, Role> = new Map(
	ROLES.flatMap((role) => [role, ...LABELS[role]].map((label): [string, Role] => [labelKey(label), role]))
);

/** `Critical-Friend`, `critical_friend` and ` critical  friend ` are one label; so are `IB'er` and `ib-er`. */
function labelKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s_\-'’.]+/g, ' ')
		.trim();
}

export function parseRoleLabel(text: string): Role | undefined {
	return ROLE_BY_KEY.get(labelKey(text));
}
