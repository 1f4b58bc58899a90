import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { can, permissionsOn } from '../../../domain/permissions/can.ts';
import { PERMISSIONS, type Permission } from '../../../domain/permissions/policy.ts';
import {
	childrenOf,
	findOrganisation,
	membersOfGroup,
	schoolsOfCluster,
	targetOf,
	type OrganisationRow
} from '../../repositories/organisations.ts';

export type OrgSummary = Pick<
	OrganisationRow,
	'id' | 'name' | 'kind' | 'brin' | 'locationNumber' | 'sector' | 'municipality' | 'region' | 'boardNumber'
> & {
	trainingSchool?: string | null;
	clusterId?: string | null;
	visible: boolean;
};

export type OrganisationPage = {
	organisation: OrgSummary;
	parent: OrgSummary | null;
	clusters: (OrgSummary & { schools: OrgSummary[] })[];
	schools: OrgSummary[];
	members: OrgSummary[];
	permissions: Permission[];
};

const summary = (o: OrganisationRow & { trainingSchool?: string | null }, visible = true): OrgSummary => ({
	id: o.id,
	name: o.name,
	kind: o.kind,
	brin: o.brin,
	locationNumber: o.locationNumber,
	sector: o.sector,
	municipality: o.municipality,
	region: o.region,
	boardNumber: o.boardNumber,
	trainingSchool: o.trainingSchool ?? null,
	clusterId: o.clusterId,
	visible
});

/**
 * An organisation's page: what it is, what it contains (a board's clusters and schools, a cluster's
 * schools, a partnership's or network's members) and what the viewer may do there. Linked
 * organisations the viewer may not open are listed by name only.
 */
export async function getOrganisation(
	db: Db,
	actorId: string | null,
	organisationId: unknown
): Promise<OrganisationPage> {
	const { actor, organisation, target } = await access(
		db,
		actorId,
		'organisation',
		organisationId,
		'organisation.view'
	);
	const visible = async (o: OrganisationRow) => can(actor, 'organisation.view', await targetOf(db, o));

	let parent: OrgSummary | null = null;
	if (organisation.parentId) {
		const p = await findOrganisation(db, organisation.parentId);
		if (p) parent = summary(p, await visible(p));
	}
	const clusters: OrganisationPage['clusters'] = [];
	let schools: OrgSummary[] = [];
	let members: OrgSummary[] = [];
	if (organisation.kind === 'board') {
		const children = await childrenOf(db, organisation.id);
		schools = children.filter((c) => c.kind === 'school').map((c) => summary(c));
		for (const c of children.filter((c) => c.kind === 'cluster')) {
			clusters.push({ ...summary(c), schools: schools.filter((s) => s.clusterId === c.id) });
		}
	} else if (organisation.kind === 'cluster') {
		schools = (await schoolsOfCluster(db, organisation.id)).map((s) => summary(s));
	} else if (organisation.kind === 'partnership' || organisation.kind === 'network') {
		const rows = await membersOfGroup(db, organisation.id);
		members = await Promise.all(rows.map(async (r) => summary(r, await visible(r))));
	}
	return {
		organisation: summary(organisation),
		parent,
		clusters,
		schools,
		members,
		permissions: permissionsOn(actor, target, PERMISSIONS)
	};
}
