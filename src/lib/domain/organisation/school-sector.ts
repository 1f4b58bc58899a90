/**
 * School types as DUO and schools write them, mapped to the platform's sectors. The values seen in
 * the real files: the historical pupil-count file (06) has `SOORT_VESTIGING` ∈ {BO, SBO, SO, VSO,
 * SO/VSO}; older DUO releases use BAS / SBAS; people typing a file write the sector or its Dutch name.
 *
 * | written                                         | sector |
 * |-------------------------------------------------|--------|
 * | PO, BO, BAS, basisonderwijs, basisschool        | PO     |
 * | SBO, SBAS, speciaal basisonderwijs              | SBO    |
 * | SO, speciaal onderwijs                          | SO     |
 * | SO/VSO, VSO/SO, (V)SO, WEC                      | SO     |
 * | VSO, voortgezet speciaal onderwijs              | VSO    |
 * | VO, voortgezet onderwijs, VMBO, HAVO, VWO, PRO, praktijkonderwijs | VO |
 * | MBO, middelbaar beroepsonderwijs, BVE, ROC       | MBO    |
 *
 * A combined SO/VSO location (an expertise centre teaching children of primary and secondary age under
 * one location code) is mapped to SO: it is one location, so it gets one sector, and its primary-age
 * side is what the SO-specific parts of the platform serve. VSO-only locations stay VSO.
 */
import type { Sector } from './types.ts';

const SECTOR_BY_KEY: ReadonlyMap<string, Sector> = new Map<string, Sector>([
	...keys('PO', ['PO', 'BO', 'BAS', 'BASISONDERWIJS', 'BASISSCHOOL', 'PRIMAIRONDERWIJS']),
	...keys('SBO', ['SBO', 'SBAS', 'SPECIAALBASISONDERWIJS']),
	...keys('SO', ['SO', 'SPECIAALONDERWIJS', 'SO/VSO', 'VSO/SO', '(V)SO', 'WEC']),
	...keys('VSO', ['VSO', 'VOORTGEZETSPECIAALONDERWIJS']),
	...keys('VO', ['VO', 'VOORTGEZETONDERWIJS', 'VMBO', 'HAVO', 'VWO', 'PRO', 'PRAKTIJKONDERWIJS']),
	...keys('MBO', ['MBO', 'MIDDELBAARBEROEPSONDERWIJS', 'BVE', 'ROC'])
]);

function keys(sector: Sector, written: readonly string[]): [string, Sector][] {
	return written.map((key) => [key, sector]);
}

/** `speciaal basisonderwijs`, `S.B.O.` and `sbo` are one sector; spaces, dots and hyphens carry no meaning. */
export function parseSector(value: string): Sector | undefined {
	return SECTOR_BY_KEY.get(value.toUpperCase().replace(/[\s._-]+/g, ''));
}
