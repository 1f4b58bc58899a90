/**
 * Who a round's reminder may reach: the members of the round's organisation, of the schools and
 * boards inside it and of the organisations linked to it, with their role and language.
 */
import { eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { memberships, organisationLinks, organisations, users } from '../db/schema/index.ts';

type DbLike = Db | Tx;

export async function membersInsideAndLinked(db: DbLike, organisationId: string) {
	const inside = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			or(
				eq(organisations.id, organisationId),
				eq(organisations.parentId, organisationId),
				eq(organisations.clusterId, organisationId)
			)
		);
	const linked = await db
		.select({ id: organisationLinks.memberId })
		.from(organisationLinks)
		.where(eq(organisationLinks.groupId, organisationId));
	const orgIds = [...new Set([...inside, ...linked].map((o) => o.id))];
	return db
		.select({ userId: users.id, email: users.email, locale: users.locale, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(inArray(memberships.organisationId, orgIds));
}
