import { describe, expect, it } from 'vitest';
import { LAYER_OF_ROLE, layerInRound, visibleCodeLayers } from './layers.ts';
import type { Actor, Target } from '../permissions/can.ts';
import type { Role } from '../organisation/roles.ts';

const school: Target = { id: 'school', kind: 'school', containers: ['board', 'cluster'], groups: ['network'] };
const member = (role: Role, organisationId = 'school'): Actor => ({
	userId: 'u',
	isPlatformAdmin: false,
	memberships: [{ organisationId, organisationKind: organisationId === 'board' ? 'board' : 'school', role }]
});

describe('layerInRound', () => {
	it('is the role’s own layer when the round asks it, else the nearest one it asks', () => {
		expect(layerInRound('leraar', ['schoolleiding', 'leraren'])).toBe('leraren');
		expect(layerInRound('middenmanager', ['middenmanagement', 'schoolleiding'])).toBe('middenmanagement');
		expect(layerInRound('middenmanager', ['schoolleiding', 'leraren'])).toBe('schoolleiding');
		expect(layerInRound('ondersteuning', ['schoolleiding', 'leraren'])).toBe('leraren');
		expect(layerInRound('ondersteuning', ['ondersteuning', 'leraren'])).toBe('ondersteuning');
	});
	it('is none when the round asks none of the role’s layers, or the role answers in none', () => {
		expect(layerInRound('leraar', ['schoolleiding', 'bestuur'])).toBeUndefined();
		expect(layerInRound('critical-friend', ['schoolleiding', 'leraren'])).toBeUndefined();
	});
	it('keeps one layer per role for a private reflection', () => {
		expect(LAYER_OF_ROLE.middenmanager).toBe('middenmanagement');
		expect(LAYER_OF_ROLE.leraar).toBe('leraren');
		expect(LAYER_OF_ROLE['critical-friend']).toBeUndefined();
	});
});

describe('visibleCodeLayers', () => {
	const asked = ['bestuur', 'schoolleiding', 'leraren'] as const;
	it('shows every code to whoever manages the round', () => {
		expect(visibleCodeLayers(member('schoolleider'), school, asked, true)).toEqual([...asked]);
	});
	it('shows a member only the code of the layer they answer in', () => {
		expect(visibleCodeLayers(member('leraar'), school, asked, false)).toEqual(['leraren']);
		expect(visibleCodeLayers(member('middenmanager'), school, asked, false)).toEqual(['schoolleiding']);
		expect(visibleCodeLayers(member('bestuurder', 'board'), school, asked, false)).toEqual(['bestuur']);
	});
	it('shows no code to a member whose layer the round does not ask, or who answers in none', () => {
		expect(visibleCodeLayers(member('leraar'), school, ['schoolleiding'], false)).toEqual([]);
		expect(visibleCodeLayers(member('critical-friend', 'network'), school, asked, false)).toEqual([]);
		expect(visibleCodeLayers(null, school, asked, false)).toEqual([]);
	});
	it('takes the layer from memberships that reach the round, not from roles elsewhere', () => {
		const both: Actor = {
			userId: 'u',
			isPlatformAdmin: false,
			memberships: [
				{ organisationId: 'school', organisationKind: 'school', role: 'leraar' },
				{ organisationId: 'other-school', organisationKind: 'school', role: 'schoolleider' }
			]
		};
		expect(visibleCodeLayers(both, school, asked, false)).toEqual(['leraren']);
	});
});
