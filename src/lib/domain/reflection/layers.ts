/**
 * The layers that take part in a reflection round share the model format's closed vocabulary, so a
 * model's per-layer descriptors line up with the respondents' layer.
 */
import { LAYERS, type Layer, type DevelopmentModel } from '../model/format.ts';
import type { Role } from '../organisation/roles.ts';

export { LAYERS as ROUND_LAYERS, type Layer };

/** The layer a member answers in, from their role; roles outside the school organisation have none. */
export const LAYER_OF_ROLE: Partial<Record<Role, Layer>> = {
	bestuurder: 'bestuur',
	kwaliteitsmedewerker: 'bestuur',
	schoolleider: 'schoolleiding',
	middenmanager: 'middenmanagement',
	leraar: 'leraren',
	ondersteuning: 'ondersteuning',
	schoolopleider: 'partners',
	instituutsopleider: 'partners',
	werkplekbegeleider: 'leraren'
};

/** A new round asks the model's own layers, or — for a model without layers — leadership and teachers. */
export function defaultLayers(model: DevelopmentModel): Layer[] {
	return model.layers?.map((l) => l.id) ?? ['schoolleiding', 'leraren'];
}
