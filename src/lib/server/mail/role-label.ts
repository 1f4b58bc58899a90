import { m } from '../../paraglide/messages.js';
import type { Role } from '../../domain/organisation/roles.ts';
import type { Locale } from './templates.ts';

/** A role's label in a given language, for mails (which are not in the request's language). */
export function roleLabelIn(role: Role, locale: Locale): string {
	const o = { locale };
	const labels: Record<Role, string> = {
		bestuurder: m.role_bestuurder({}, o),
		kwaliteitsmedewerker: m.role_kwaliteitsmedewerker({}, o),
		schoolleider: m.role_schoolleider({}, o),
		middenmanager: m.role_middenmanager({}, o),
		leraar: m.role_leraar({}, o),
		ondersteuning: m.role_ondersteuning({}, o),
		schoolopleider: m.role_schoolopleider({}, o),
		instituutsopleider: m.role_instituutsopleider({}, o),
		werkplekbegeleider: m.role_werkplekbegeleider({}, o),
		'critical-friend': m.role_critical_friend({}, o),
		programmamedewerker: m.role_programmamedewerker({}, o),
		platformbeheerder: m.role_platformbeheerder({}, o)
	};
	return labels[role];
}
