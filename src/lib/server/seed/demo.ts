/**
 * The Dutch demo: a fictional board with three clusters and twenty-one schools, and a fictional
 * teacher-education partnership across two regions. Built from the same factories as the tests.
 * Every name and code is invented; BRIN codes start with 9, a range the national registry does not use.
 */
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { organisations } from '../db/schema/index.ts';
import type { OrganisationRow } from '../repositories/organisations.ts';
import { createBoard, createCluster, createGroup, createSchool, linkMember } from './factories/organisations.ts';
import { addMember, createUser } from './factories/users.ts';
import { hashUserPassword } from '../auth/password.ts';
import type { Role } from '../../domain/organisation/roles.ts';

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'werkwijzer-demo';

/** The demo people: one or more in every role, documented in the README. */
export const DEMO_PEOPLE = [
	{ email: 'bestuurder@peelrand.example', name: 'Marieke van den Berg', role: 'bestuurder', at: 'board' },
	{ email: 'kwaliteit@peelrand.example', name: 'Joost Hendriks', role: 'kwaliteitsmedewerker', at: 'board' },
	{ email: 'clusterdirecteur@peelrand.example', name: 'Anouk Willems', role: 'schoolleider', at: 'cluster' },
	{ email: 'schoolleider@regenboog.example', name: 'Sander Peeters', role: 'schoolleider', at: 'school' },
	{ email: 'teamleider@regenboog.example', name: 'Femke Janssen', role: 'middenmanager', at: 'school' },
	{ email: 'leraar@regenboog.example', name: 'Daan Verhoeven', role: 'leraar', at: 'school' },
	{ email: 'ib@regenboog.example', name: 'Ilse Coenen', role: 'ondersteuning', at: 'school' },
	{ email: 'werkplekbegeleider@regenboog.example', name: 'Noor Martens', role: 'werkplekbegeleider', at: 'school' },
	{ email: 'schoolopleider@partnerschap.example', name: 'Lotte Smeets', role: 'schoolopleider', at: 'partnership' },
	{
		email: 'instituutsopleider@pabo-oostland.example',
		name: 'Ruben Kuipers',
		role: 'instituutsopleider',
		at: 'partnership'
	},
	{ email: 'criticalfriend@leernetwerk.example', name: 'Hanneke de Groot', role: 'critical-friend', at: 'network' },
	{ email: 'programma@werkwijzer.example', name: 'Thomas Bakker', role: 'programmamedewerker', at: 'programme' },
	{ email: 'beheer@werkwijzer.example', name: 'Platformbeheer', role: 'platformbeheerder', at: 'programme' }
] as const satisfies readonly { email: string; name: string; role: Role; at: string }[];

export const DEMO_BOARD_NAME = 'Stichting Peelrand Onderwijs';

const CLUSTERS: { name: string; municipality: string; schools: string[] }[] = [
	{
		name: 'Cluster Noord',
		municipality: 'Maasbergen',
		schools: [
			'Basisschool De Regenboog',
			'Basisschool Het Kompas',
			'Kindcentrum De Vlinder',
			'Basisschool De Linde',
			'Basisschool Sint Jozef',
			'Basisschool De Wieken',
			'Kindcentrum Op de Heide'
		]
	},
	{
		name: 'Cluster Midden',
		municipality: 'Peelstad',
		schools: [
			'Basisschool De Klimop',
			'Basisschool Het Palet',
			'Kindcentrum De Boomgaard',
			'Basisschool De Horizon',
			'Basisschool Sint Martinus',
			'Basisschool De Springplank',
			'Basisschool Het Baken'
		]
	},
	{
		name: 'Cluster Zuid',
		municipality: 'Kempenveld',
		schools: [
			'Basisschool De Toverbal',
			'Basisschool Het Anker',
			'Kindcentrum De Bongerd',
			'Basisschool De Vuurvogel',
			'Basisschool Sint Lambertus',
			'Basisschool De Eik'
		]
	}
];

function brin(index: number): string {
	const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
	return `91${letters[Math.floor(index / letters.length) % letters.length]}${letters[index % letters.length]}`;
}

/** Call inside a transaction: the demo is created whole or not at all. */
export async function seedDemo(tx: Db | Tx): Promise<void> {
	{
		const board = await createBoard(tx, {
			name: DEMO_BOARD_NAME,
			boardNumber: '99001',
			municipality: 'Peelstad',
			region: 'Regio West'
		});
		let n = 0;
		const schools = [];
		let firstCluster;
		for (const cluster of CLUSTERS) {
			const c = await createCluster(tx, board, cluster.name);
			firstCluster ??= c;
			for (const name of cluster.schools) {
				schools.push(
					await createSchool(tx, board, {
						name,
						brin: brin(n++),
						locationNumber: '00',
						sector: 'PO',
						clusterId: c.id,
						municipality: cluster.municipality,
						region: 'Regio West'
					})
				);
			}
		}
		await createSchool(tx, board, {
			name: 'SBO De Wegwijzer',
			brin: brin(n++),
			locationNumber: '00',
			sector: 'SBO',
			municipality: 'Peelstad',
			region: 'Regio West'
		});

		// The partnership: the demo board and two more boards in region West, two boards in region
		// East, and the teacher-education institute.
		const partnership = await createGroup(tx, 'partnership', 'Partnerschap Samen Opleiden Peel en Kempen');
		const network = await createGroup(tx, 'network', 'Leernetwerk Begrijpend Lezen');
		for (const school of [schools[0]!, schools[3]!, schools[9]!, schools[16]!]) await linkMember(tx, network, school);
		const programme = await createGroup(tx, 'programme', 'Programma Werkwijzer Samen Leren');
		const places = { board, cluster: firstCluster!, school: schools[0]!, partnership, network, programme };
		const passwordHash = await hashUserPassword(DEMO_PASSWORD);
		for (const person of DEMO_PEOPLE) {
			const user = await createUser(tx, {
				name: person.name,
				email: person.email,
				passwordHash,
				platformAdmin: person.role === 'platformbeheerder'
			});
			await addMember(tx, user, places[person.at], person.role);
		}
		const institute = await createGroup(tx, 'institute', 'Pabo Hogeschool Oostland', { municipality: 'Oostland' });
		await linkMember(tx, partnership, institute);
		await linkMember(tx, partnership, board);
		await linkMember(tx, partnership, schools[0]!, 'academische-opleidingsschool');
		await linkMember(tx, partnership, schools[8]!, 'opleidingsschool');
		await linkMember(tx, partnership, schools[15]!, 'opleidingsschool');

		const others: { name: string; number: string; region: string; municipality: string; schools: string[] }[] = [
			{
				name: 'Stichting Kempenland Scholen',
				number: '99002',
				region: 'Regio West',
				municipality: 'Kempenveld',
				schools: ['Basisschool De Meander', 'Basisschool Het Zonnehuis', 'Kindcentrum De Kraanvogel']
			},
			{
				name: 'Stichting Openbaar Onderwijs Maaskant',
				number: '99003',
				region: 'Regio West',
				municipality: 'Maasbergen',
				schools: ['Openbare Basisschool De Waterlelie', 'Openbare Basisschool Het Startpunt']
			},
			{
				name: 'Stichting Oostland Primair',
				number: '99004',
				region: 'Regio Oost',
				municipality: 'Oostland',
				schools: ['Basisschool De Esch', 'Basisschool Het Hoogveld', 'Kindcentrum De Marke', 'SO De Brug']
			},
			{
				name: 'Vereniging Christelijk Onderwijs Veenoord',
				number: '99005',
				region: 'Regio Oost',
				municipality: 'Veenoord',
				schools: ['CBS De Ark', 'CBS Het Mosterdzaadje', 'CBS De Wegwijzer']
			}
		];
		for (const other of others) {
			const b = await createBoard(tx, {
				name: other.name,
				boardNumber: other.number,
				municipality: other.municipality,
				region: other.region
			});
			await linkMember(tx, partnership, b);
			for (const [i, name] of other.schools.entries()) {
				const s = await createSchool(tx, b, {
					name,
					brin: brin(n++),
					locationNumber: '00',
					sector: name.startsWith('SO ') ? 'SO' : 'PO',
					municipality: other.municipality,
					region: other.region
				});
				if (i === 0)
					await linkMember(
						tx,
						partnership,
						s,
						other.region === 'Regio Oost' && other.number === '99004'
							? 'academische-opleidingsschool'
							: 'opleidingsschool'
					);
			}
		}
	}
}

/** The demo board's schools, for the seeds that build on the demo (none before it is seeded). */
export async function demoSchools(db: Db): Promise<OrganisationRow[]> {
	const [board] = await db
		.select()
		.from(organisations)
		.where(and(eq(organisations.kind, 'board'), eq(organisations.name, DEMO_BOARD_NAME)));
	if (!board) return [];
	return db
		.select()
		.from(organisations)
		.where(and(eq(organisations.parentId, board.id), eq(organisations.kind, 'school')));
}
