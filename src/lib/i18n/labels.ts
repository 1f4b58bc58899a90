/** Interface labels for enumerations: roles, organisation kinds, sectors. */
import { m } from '../paraglide/messages.js';
import type { Role } from '../domain/organisation/roles.ts';
import type { OrganisationKind } from '../domain/organisation/types.ts';
import type { Layer } from '../domain/model/format.ts';
import type { RoundStatus } from '../domain/reflection/round.ts';

export const ROLE_LABEL = {
	bestuurder: () => m.role_bestuurder(),
	kwaliteitsmedewerker: () => m.role_kwaliteitsmedewerker(),
	schoolleider: () => m.role_schoolleider(),
	middenmanager: () => m.role_middenmanager(),
	leraar: () => m.role_leraar(),
	ondersteuning: () => m.role_ondersteuning(),
	schoolopleider: () => m.role_schoolopleider(),
	instituutsopleider: () => m.role_instituutsopleider(),
	werkplekbegeleider: () => m.role_werkplekbegeleider(),
	'critical-friend': () => m.role_critical_friend(),
	programmamedewerker: () => m.role_programmamedewerker(),
	platformbeheerder: () => m.role_platformbeheerder()
} satisfies Record<Role, () => string>;

export function roleLabel(role: Role): string {
	return ROLE_LABEL[role]();
}

const KIND_LABEL = {
	board: () => m.kind_board(),
	school: () => m.kind_school(),
	cluster: () => m.kind_cluster(),
	partnership: () => m.kind_partnership(),
	network: () => m.kind_network(),
	institute: () => m.kind_institute(),
	programme: () => m.kind_programme()
} satisfies Record<OrganisationKind, () => string>;

export function kindLabel(kind: OrganisationKind): string {
	return KIND_LABEL[kind]();
}

export function trainingSchoolLabel(value: string | null | undefined): string | null {
	if (value === 'opleidingsschool') return m.org_training_opleidingsschool();
	if (value === 'academische-opleidingsschool') return m.org_training_academische_opleidingsschool();
	return null;
}

const LAYER_LABEL = {
	bestuur: () => m.layer_bestuur(),
	schoolleiding: () => m.layer_schoolleiding(),
	middenmanagement: () => m.layer_middenmanagement(),
	leraren: () => m.layer_leraren(),
	ondersteuning: () => m.layer_ondersteuning(),
	leerlingen: () => m.layer_leerlingen(),
	ouders: () => m.layer_ouders(),
	partners: () => m.layer_partners()
} satisfies Record<Layer, () => string>;

export function layerLabel(layer: Layer): string {
	return LAYER_LABEL[layer]();
}

const STATUS_LABEL = {
	draft: () => m.status_draft(),
	scheduled: () => m.status_scheduled(),
	open: () => m.status_open(),
	closed: () => m.status_closed()
} satisfies Record<RoundStatus, () => string>;

export function statusLabel(status: RoundStatus): string {
	return STATUS_LABEL[status]();
}

const LAYER_PHRASE = {
	bestuur: () => m.layer_phrase_bestuur(),
	schoolleiding: () => m.layer_phrase_schoolleiding(),
	middenmanagement: () => m.layer_phrase_middenmanagement(),
	leraren: () => m.layer_phrase_leraren(),
	ondersteuning: () => m.layer_phrase_ondersteuning(),
	leerlingen: () => m.layer_phrase_leerlingen(),
	ouders: () => m.layer_phrase_ouders(),
	partners: () => m.layer_phrase_partners()
} satisfies Record<Layer, () => string>;

/** A layer as it reads inside a sentence ("volgens de leraren"). */
export function layerPhrase(layer: Layer): string {
	return LAYER_PHRASE[layer]();
}
