/**
 * The board world that most scenarios start from: a board with two clusters and four schools, a
 * network, a partnership and one person in each role the tests sign in as, all with unique names.
 */
import type { Db } from '../../db/client.ts';
import { createBoard, createCluster, createGroup, createSchool, linkMember, uniqueSuffix } from './organisations.ts';
import { addMember, createUser, TEST_PASSWORD } from './users.ts';

export async function boardScenario(db: Db) {
	return db.transaction(async (tx) => {
		const tag = uniqueSuffix();
		const board = await createBoard(tx, { name: `Stichting Proef ${tag}`, municipality: 'Proefstad' });
		const north = await createCluster(tx, board, `Cluster Noord ${tag}`);
		const south = await createCluster(tx, board, `Cluster Zuid ${tag}`);
		const schools = [
			await createSchool(tx, board, { name: `Basisschool De Akker ${tag}`, clusterId: north.id }),
			await createSchool(tx, board, { name: `Basisschool De Beuk ${tag}`, clusterId: north.id }),
			await createSchool(tx, board, { name: `Basisschool De Ceder ${tag}`, clusterId: south.id }),
			await createSchool(tx, board, { name: `SBO De Duin ${tag}`, sector: 'SBO' })
		];
		const network = await createGroup(tx, 'network', `Leernetwerk Rekenen ${tag}`);
		await linkMember(tx, network, schools[0]!);
		await linkMember(tx, network, schools[2]!);
		const partnership = await createGroup(tx, 'partnership', `Partnerschap Proef ${tag}`);
		await linkMember(tx, partnership, board);
		const person = async (role: Parameters<typeof addMember>[3], at: { id: string }, name: string) => {
			const user = await createUser(tx, { name: `${name} ${tag}`, email: `${role}-${tag}@proef.example` });
			await addMember(tx, user, at, role);
			return { id: user.id, email: user.email, name: user.name };
		};
		return {
			password: TEST_PASSWORD,
			board: { id: board.id, name: board.name, boardNumber: board.boardNumber ?? '' },
			clusters: [north, south].map((c) => ({ id: c.id, name: c.name })),
			schools: schools.map((s) => ({ id: s.id, name: s.name, code: `${s.brin}${s.locationNumber}` })),
			network: { id: network.id, name: network.name },
			partnership: { id: partnership.id, name: partnership.name },
			people: {
				bestuurder: await person('bestuurder', board, 'Bea Bestuurder'),
				schoolleider: await person('schoolleider', schools[0]!, 'Sam Schoolleider'),
				leraar: await person('leraar', schools[0]!, 'Lies Leraar'),
				criticalFriend: await person('critical-friend', network, 'Cor Critical'),
				schoolopleider: await person('schoolopleider', partnership, 'Olga Opleider')
			}
		};
	});
}
