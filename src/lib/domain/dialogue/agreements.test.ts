import { describe, expect, it } from 'vitest';
import { agreementsByAspect, type AgreementRecord } from './agreements.ts';

const record = (aspectId: string, session: string, agreedOn: string, level: number | null, started = agreedOn) =>
	({
		aspectId,
		level,
		notes: '',
		agreedOn,
		session,
		sessionStartedAt: new Date(`${started}T09:00:00Z`)
	}) satisfies AgreementRecord;

describe("the team's agreements in the report", () => {
	it('keeps every conversation’s agreement on an aspect, newest first, never one in place of another', () => {
		const september = record('koers', 'Studiedag september', '2026-09-14', 2);
		const december = record('koers', 'Teamvergadering december', '2026-12-03', 3);
		const grouped = agreementsByAspect(['koers'], [september, december]);
		expect(grouped).toEqual([{ aspectId: 'koers', agreements: [december, september] }]);
	});

	it('orders two conversations of one day by when they started', () => {
		const morning = record('koers', 'Ochtend', '2026-12-03', 2, '2026-12-03');
		const later = { ...record('koers', 'Middag', '2026-12-03', 3), sessionStartedAt: new Date('2026-12-03T14:00:00Z') };
		expect(agreementsByAspect(['koers'], [later, morning])[0]?.agreements.map((a) => a.session)).toEqual([
			'Middag',
			'Ochtend'
		]);
	});

	it("follows the model's order of aspects and leaves out aspects nobody agreed on", () => {
		const grouped = agreementsByAspect(
			['koers', 'data', 'team'],
			[
				record('team', 'A', '2026-12-01', null),
				record('koers', 'A', '2026-12-01', 1),
				record('weg', 'A', '2026-12-01', 1)
			]
		);
		expect(grouped.map((g) => g.aspectId)).toEqual(['koers', 'team']);
	});
});
