import { describe, expect, it } from 'vitest';
import { parseRoleLabel, ROLES } from './roles.ts';

describe('parseRoleLabel', () => {
	it('accepts every id as written', () => {
		for (const role of ROLES) expect(parseRoleLabel(role)).toBe(role);
	});

	it('accepts Dutch labels and school abbreviations, ignoring case, spacing and punctuation', () => {
		expect(parseRoleLabel('Leerkracht')).toBe('leraar');
		expect(parseRoleLabel(' IB ')).toBe('ondersteuning');
		expect(parseRoleLabel("IB'er")).toBe('ondersteuning');
		expect(parseRoleLabel('Intern begeleider')).toBe('ondersteuning');
		expect(parseRoleLabel('OOP')).toBe('ondersteuning');
		expect(parseRoleLabel('Critical Friend')).toBe('critical-friend');
		expect(parseRoleLabel('critical_friend')).toBe('critical-friend');
		expect(parseRoleLabel('programme staff')).toBe('programmamedewerker');
		expect(parseRoleLabel('Directeur')).toBe('schoolleider');
	});

	it('does not guess at unknown labels', () => {
		expect(parseRoleLabel('')).toBeUndefined();
		expect(parseRoleLabel('conciërge')).toBeUndefined();
		expect(parseRoleLabel('leraar en IB')).toBeUndefined();
	});
});
