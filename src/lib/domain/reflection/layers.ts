/**
 * The layers that take part in a reflection round share the model format's closed vocabulary, so a
 * model's per-layer descriptors line up with the respondents' layer.
 */
import { LAYERS, type Layer, type DevelopmentModel } from '../model/format.ts';
import type { Role } from '../organisation/roles.ts';
import type { Actor, Target } from '../permissions/can.ts';

export { LAYERS as ROUND_LAYERS, type Layer };

/**
 * The layers a role answers in, in order of preference: when a round does not ask a role's own
 * layer, its people answer in the nearest one that it does ask — a team leader with the school's
 * leadership, support staff (IB, OOP) with the teachers. Roles outside the school organisation
 * (critical friends, programme staff, platform administrators) answer in none.
 */
const LAYERS_OF_ROLE: Readonly<Record<Role, readonly Layer[]>> = {
	bestuurder: ['bestuur'],
	kwaliteitsmedewerker: ['bestuur'],
	schoolleider: ['schoolleiding'],
	middenmanager: ['middenmanagement', 'schoolleiding'],
	leraar: ['leraren'],
	ondersteuning: ['ondersteuning', 'leraren'],
	schoolopleider: ['partners'],
	instituutsopleider: ['partners'],
	werkplekbegeleider: ['leraren'],
	'critical-friend': [],
	programmamedewerker: [],
	platformbeheerder: []
};

/** The layer a member answers in when nothing narrows it (a private reflection): their role's own. */
export const LAYER_OF_ROLE: Partial<Record<Role, Layer>> = Object.fromEntries(
	Object.entries(LAYERS_OF_ROLE).flatMap(([role, layers]) => (layers[0] ? [[role, layers[0]]] : []))
);

/** The layer a person in this role answers in, among the layers a round asks; none if it asks none of theirs. */
export function layerInRound(role: Role, asked: readonly Layer[]): Layer | undefined {
	return LAYERS_OF_ROLE[role].find((layer) => asked.includes(layer));
}

/**
 * Whose layer codes a person on a round's page may see (ADR 011). A code lets anyone answer as that
 * layer, so only those who manage the round see every code; other members see the code of the
 * layer they answer in themselves — through a membership of the round's organisation or of one that
 * contains it — and no other.
 */
export function visibleCodeLayers(
	actor: Actor | null,
	target: Target,
	asked: readonly Layer[],
	managesRound: boolean
): Layer[] {
	if (managesRound) return [...asked];
	const own = new Set(
		(actor?.memberships ?? [])
			.filter((m) => m.organisationId === target.id || target.containers.includes(m.organisationId))
			.flatMap((m) => layerInRound(m.role, asked) ?? [])
	);
	return asked.filter((layer) => own.has(layer));
}

/** A new round asks the model's own layers, or — for a model without layers — leadership and teachers. */
export function defaultLayers(model: DevelopmentModel): Layer[] {
	return model.layers?.map((l) => l.id) ?? ['schoolleiding', 'leraren'];
}
