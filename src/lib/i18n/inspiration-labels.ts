/** Interface labels for the inspiration library's enumerations. */
import { m } from '../paraglide/messages.js';
import type { ItemKind, ItemSector } from '../domain/inspiration/item.ts';

const ITEM_KIND_LABEL = {
	'goed-voorbeeld': () => m.insp_kind_goed_voorbeeld(),
	'goede-aanpak': () => m.insp_kind_goede_aanpak(),
	netwerkportret: () => m.insp_kind_netwerkportret(),
	kwaliteitskaart: () => m.insp_kind_kwaliteitskaart(),
	tool: () => m.insp_kind_tool(),
	verdieping: () => m.insp_kind_verdieping()
} satisfies Record<ItemKind, () => string>;

export function itemKindLabel(kind: string): string {
	return kind in ITEM_KIND_LABEL ? ITEM_KIND_LABEL[kind as ItemKind]() : kind;
}

/** Registry sectors keep their abbreviation (PO, VO, …) in both languages. */
export function itemSectorLabel(sector: ItemSector | string): string {
	return sector === 'lerarenopleiding' ? m.insp_sector_lerarenopleiding() : sector;
}
