import type { Db } from '../../db/client.ts';
import { loadActor, requireActor } from '../../auth/authorize.ts';
import { pendingInvitationsFor } from '../../repositories/invitations.ts';
import { findOrganisation, findOrganisations, targetOf } from '../../repositories/organisations.ts';
import { membershipsOfUser } from '../../repositories/memberships.ts';
import { openRoundsFor } from '../../repositories/rounds.ts';
import { layerInRound } from '../../../domain/reflection/layers.ts';
import { dutchDate } from '../../../domain/reflection/round.ts';
import type { Layer } from '../../../domain/model/format.ts';
import { permissionsOn } from '../../../domain/permissions/can.ts';
import { PERMISSIONS, type Permission } from '../../../domain/permissions/policy.ts';
import type { OrganisationKind } from '../../../domain/organisation/types.ts';
import type { Role } from '../../../domain/organisation/roles.ts';
import { userProfile } from '../../repositories/users.ts';

export type StartPage = {
	name: string;
	isPlatformAdmin: boolean;
	places: {
		organisationId: string;
		organisationName: string;
		kind: OrganisationKind;
		role: Role;
		permissions: Permission[];
	}[];
	invitations: Awaited<ReturnType<typeof pendingInvitationsFor>>;
	rounds: { id: string; title: string; organisationName: string; layer: Layer; code: string; closesOn: string }[];
};

/** The signed-in person's own landing page: where they take part, and what they can do there. */
export async function getMyStart(db: Db, userId: string | null): Promise<StartPage> {
	const actor = requireActor(await loadActor(db, userId));
	const user = await userProfile(db, actor.userId);
	const memberships = await membershipsOfUser(db, actor.userId);
	const places = [];
	for (const m of memberships) {
		const org = await findOrganisation(db, m.organisationId);
		if (!org) continue;
		places.push({
			organisationId: m.organisationId,
			organisationName: m.organisationName,
			kind: m.organisationKind,
			role: m.role,
			permissions: permissionsOn(actor, await targetOf(db, org), PERMISSIONS)
		});
	}
	// Open rounds of the person's organisations (and the boards and clusters around them), each in the
	// layer the person answers in there: a role elsewhere never shows another layer's code (ADR 011).
	const around = new Map(
		(
			await findOrganisations(
				db,
				memberships.map((m) => m.organisationId)
			)
		).map((o) => [o.id, [o.id, o.parentId, o.clusterId].filter((x): x is string => x !== null)])
	);
	const open = await openRoundsFor(db, [...new Set([...around.values()].flat())], dutchDate(new Date()));
	const rounds = open
		.filter((r) => {
			const asked = open.filter((o) => o.round.id === r.round.id).map((o) => o.layer);
			return memberships.some(
				(m) => around.get(m.organisationId)?.includes(r.round.organisationId) && layerInRound(m.role, asked) === r.layer
			);
		})
		.map((r) => ({
			id: r.round.id,
			title: r.round.title,
			organisationName: r.organisationName,
			layer: r.layer,
			code: r.code,
			closesOn: r.round.closesOn
		}));
	return {
		name: user?.name ?? '',
		isPlatformAdmin: actor.isPlatformAdmin,
		places,
		invitations: await pendingInvitationsFor(db, user?.email ?? ''),
		rounds
	};
}
