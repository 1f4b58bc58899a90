/**
 * Factories for organisations, shared by the tests and the demo seed. Each call
 * makes unique codes, so tests can run side by side on one database without clashing.
 */
import { randomInt } from 'node:crypto';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, organisationLinks } from '../../db/schema/index.ts';
import type { Sector, TrainingSchoolStatus } from '../../../domain/organisation/types.ts';

type Org = typeof organisations.$inferSelect;
type DbLike = Db | Tx;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A BRIN in the 90–99 range, which the national registry does not use: clearly fictional. */
export function fictionalBrin(): string {
	return `9${randomInt(10)}${LETTERS[randomInt(26)]}${LETTERS[randomInt(26)]}`;
}

export function uniqueSuffix(): string {
	return randomInt(1_000_000).toString().padStart(6, '0');
}

export async function createBoard(
	db: DbLike,
	values: Partial<Pick<Org, 'name' | 'boardNumber' | 'municipality' | 'region'>> = {}
): Promise<Org> {
	// Six-digit numbers from 800000 on: unused by the registry and by generated registry files (9xxxx).
	for (let attempt = 0; attempt < 20; attempt++) {
		const [row] = await db
			.insert(organisations)
			.values({
				kind: 'board',
				name: values.name ?? `Stichting Testonderwijs ${uniqueSuffix()}`,
				boardNumber: values.boardNumber ?? String(800_000 + randomInt(100_000)),
				municipality: values.municipality ?? null,
				region: values.region ?? null
			})
			.onConflictDoNothing()
			.returning();
		if (row) return row;
		if (values.boardNumber) throw new Error(`board ${values.boardNumber} already exists`);
	}
	throw new Error('could not find a free board number');
}

export async function createCluster(db: DbLike, board: Org, name: string): Promise<Org> {
	const [row] = await db.insert(organisations).values({ kind: 'cluster', name, parentId: board.id }).returning();
	return row!;
}

export async function createSchool(
	db: DbLike,
	board: Org,
	values: Partial<
		Pick<Org, 'name' | 'brin' | 'locationNumber' | 'sector' | 'municipality' | 'region' | 'clusterId'>
	> & {
		sector?: Sector;
	} = {}
): Promise<Org> {
	const explicit = values.brin !== undefined;
	// Random codes may collide with an earlier test's school: then draw again. Locations 50–99 keep
	// clear of generated registry files, which number their locations from 00.
	for (let attempt = 0; attempt < 20; attempt++) {
		const [row] = await db
			.insert(organisations)
			.values({
				kind: 'school',
				name: values.name ?? `Basisschool Test ${uniqueSuffix()}`,
				parentId: board.id,
				clusterId: values.clusterId ?? null,
				brin: values.brin ?? fictionalBrin(),
				locationNumber: values.locationNumber ?? String(50 + randomInt(50)),
				sector: values.sector ?? 'PO',
				municipality: values.municipality ?? board.municipality,
				region: values.region ?? board.region
			})
			.onConflictDoNothing()
			.returning();
		if (row) return row;
		if (explicit) throw new Error(`a school with code ${values.brin}${values.locationNumber ?? ''} already exists`);
	}
	throw new Error('could not find a free school code');
}

export async function createGroup(
	db: DbLike,
	kind: 'partnership' | 'network' | 'institute' | 'programme',
	name: string,
	values: Partial<Pick<Org, 'region' | 'municipality'>> = {}
): Promise<Org> {
	const [row] = await db
		.insert(organisations)
		.values({ kind, name, region: values.region ?? null, municipality: values.municipality ?? null })
		.returning();
	return row!;
}

export async function linkMember(
	db: DbLike,
	group: Org,
	member: Org,
	trainingSchool: TrainingSchoolStatus | null = null
): Promise<void> {
	await db.insert(organisationLinks).values({ groupId: group.id, memberId: member.id, trainingSchool });
}
