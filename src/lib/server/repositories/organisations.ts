/**
 * Organisation queries. Reads of one organisation are by id; authorization decides whether the
 * caller may see it. Lists are always narrowed to a parent or group the caller was authorized for.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { organisations, organisationLinks } from '../db/schema/index.ts';
import type { Target } from '../../domain/permissions/can.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
type DbLike = Db | Tx;

export async function findOrganisation(db: DbLike, id: string): Promise<OrganisationRow | undefined> {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
	return row;
}

/** Where an organisation sits: what contains it, and which partnerships and networks it (or its board) belongs to. */
export async function targetOf(db: DbLike, org: OrganisationRow): Promise<Target> {
	const containers = [org.parentId, org.clusterId].filter((id): id is string => id !== null);
	const direct = [org.id, ...containers];
	const links = await db
		.select({ groupId: organisationLinks.groupId })
		.from(organisationLinks)
		.where(inArray(organisationLinks.memberId, direct));
	return { id: org.id, kind: org.kind, containers, groups: [...new Set(links.map((l) => l.groupId))] };
}

export async function childrenOf(db: DbLike, boardId: string): Promise<OrganisationRow[]> {
	return db.select().from(organisations).where(eq(organisations.parentId, boardId)).orderBy(asc(organisations.name));
}

export async function schoolsOfCluster(db: DbLike, clusterId: string): Promise<OrganisationRow[]> {
	return db
		.select()
		.from(organisations)
		.where(and(eq(organisations.clusterId, clusterId), eq(organisations.kind, 'school')))
		.orderBy(asc(organisations.name));
}

export async function membersOfGroup(
	db: DbLike,
	groupId: string
): Promise<(OrganisationRow & { trainingSchool: string | null })[]> {
	const rows = await db
		.select({ org: organisations, trainingSchool: organisationLinks.trainingSchool })
		.from(organisationLinks)
		.innerJoin(organisations, eq(organisations.id, organisationLinks.memberId))
		.where(eq(organisationLinks.groupId, groupId))
		.orderBy(asc(organisations.kind), asc(organisations.name));
	return rows.map((r) => ({ ...r.org, trainingSchool: r.trainingSchool }));
}

export async function findOrganisations(db: DbLike, ids: string[]): Promise<OrganisationRow[]> {
	if (ids.length === 0) return [];
	return db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(asc(organisations.name));
}

/** Schools of a board by their registry code, for imports into that board. */
export async function schoolsByCode(db: DbLike, boardId: string): Promise<Map<string, OrganisationRow>> {
	const rows = await db
		.select()
		.from(organisations)
		.where(and(eq(organisations.kind, 'school'), eq(organisations.parentId, boardId)));
	return new Map(rows.map((r) => [`${r.brin}${r.locationNumber}`, r]));
}

/** These organisations and the ones that contain them (a school's board and cluster). */
export async function withContainers(db: DbLike, ids: string[]): Promise<string[]> {
	const rows = await findOrganisations(db, ids);
	return [...new Set(rows.flatMap((o) => [o.id, o.parentId, o.clusterId].filter((x): x is string => x !== null)))];
}

/**
 * The schools a board, cluster, partnership or network looks across: a board's or cluster's own
 * schools; a group's member schools and the schools of its member boards. Call only after authorizing
 * the actor for `organisation`.
 */
export async function schoolsUnder(db: DbLike, organisation: OrganisationRow): Promise<OrganisationRow[]> {
	if (organisation.kind === 'board' || organisation.kind === 'cluster') {
		const column = organisation.kind === 'board' ? organisations.parentId : organisations.clusterId;
		return db
			.select()
			.from(organisations)
			.where(and(eq(column, organisation.id), eq(organisations.kind, 'school')));
	}
	const linked = await db
		.select({ id: organisationLinks.memberId })
		.from(organisationLinks)
		.where(eq(organisationLinks.groupId, organisation.id));
	const ids = linked.map((l) => l.id);
	if (ids.length === 0) return [];
	return db
		.select()
		.from(organisations)
		.where(
			and(eq(organisations.kind, 'school'), or(inArray(organisations.id, ids), inArray(organisations.parentId, ids)))
		);
}

/** The clusters of a board (none for other kinds). */
export async function clustersOf(db: DbLike, organisation: OrganisationRow): Promise<{ id: string; name: string }[]> {
	if (organisation.kind !== 'board') return [];
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.parentId, organisation.id), eq(organisations.kind, 'cluster')));
}
