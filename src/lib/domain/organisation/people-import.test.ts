import { describe, expect, it } from 'vitest';
import { utf8, windows1252 } from './fixtures/csv-bytes.ts';
import { parseEmail, parsePeopleFile } from './people-import.ts';

describe('parsePeopleFile', () => {
	it('reads the documented format with every way of naming a school', () => {
		const file = [
			'naam;e-mail;rol;school;vestiging',
			'Anna de Vries;Anna.de.Vries@School.NL;leraar;12ab00;',
			'Bram Jansen;bram@school.nl;Schoolleider;;',
			'Chris Peters;chris@school.nl;IB;12AB;1',
			'Dirk Smit;dirk@school.nl;critical friend;12AB;',
			'Eva Bakker;eva@school.nl;OOP;12AB00;00'
		].join('\r\n');
		const result = parsePeopleFile(utf8(file));
		expect(result).toEqual({
			ok: true,
			rows: [
				{
					line: 2,
					name: 'Anna de Vries',
					email: 'anna.de.vries@school.nl',
					role: 'leraar',
					school: { brin: '12AB', locationNumber: '00' }
				},
				{ line: 3, name: 'Bram Jansen', email: 'bram@school.nl', role: 'schoolleider', school: null },
				{
					line: 4,
					name: 'Chris Peters',
					email: 'chris@school.nl',
					role: 'ondersteuning',
					school: { brin: '12AB', locationNumber: '01' }
				},
				{
					line: 5,
					name: 'Dirk Smit',
					email: 'dirk@school.nl',
					role: 'critical-friend',
					school: { brin: '12AB', locationNumber: null }
				},
				{
					line: 6,
					name: 'Eva Bakker',
					email: 'eva@school.nl',
					role: 'ondersteuning',
					school: { brin: '12AB', locationNumber: '00' }
				}
			]
		});
	});

	it('reads a Windows-1252 file with accented names and a comma delimiter', () => {
		const result = parsePeopleFile(
			windows1252('Naam,E-mailadres,Rol\r\n"Zoë Dijkstra, MEd",zoe@school.nl,Bestuurder\r\n')
		);
		expect(result.ok && result.rows[0]).toMatchObject({ name: 'Zoë Dijkstra, MEd', role: 'bestuurder' });
	});

	it('lists a bad role, a bad e-mail address, a duplicate address and a platform administrator', () => {
		const file = [
			'naam;email;rol',
			'Anna;anna@school.nl;leraar',
			'Bram;bram@school;leraar',
			'Chris;chris@school.nl;conciërge',
			'Anna again;ANNA@school.nl;leraar',
			';dirk@school.nl;platformbeheerder'
		].join('\n');
		expect(parsePeopleFile(utf8(file))).toEqual({
			ok: false,
			rowIssues: [
				{ line: 3, field: 'email', code: 'invalid_email', value: 'bram@school' },
				{ line: 4, field: 'rol', code: 'unknown_role', value: 'conciërge' },
				{ line: 5, field: 'email', code: 'duplicate_email', value: 'anna@school.nl', firstLine: 2 },
				{ line: 6, field: 'naam', code: 'required' },
				{ line: 6, field: 'rol', code: 'role_not_importable', value: 'platformbeheerder' }
			],
			truncated: false
		});
	});

	it('checks the school reference', () => {
		const file = [
			'naam;email;rol;school;vestiging',
			'A;a@x.nl;leraar;12AB0;',
			'B;b@x.nl;leraar;12AB00;03',
			'C;c@x.nl;leraar;;01',
			'D;d@x.nl;leraar;12AB;123',
			'E;e@x.nl;leraar;12AB;13CD01'
		].join('\n');
		const result = parsePeopleFile(utf8(file));
		expect(!result.ok && result.rowIssues.map((issue) => [issue.line, issue.field, issue.code])).toEqual([
			[2, 'school', 'invalid_school'],
			[3, 'vestiging', 'location_mismatch'],
			[4, 'school', 'required'],
			[5, 'vestiging', 'invalid_location'],
			[6, 'vestiging', 'location_mismatch']
		]);
	});

	it('refuses a name over 200 characters', () => {
		const result = parsePeopleFile(utf8(`naam;email;rol\n${'x'.repeat(201)};a@x.nl;leraar\n`));
		expect(!result.ok && result.rowIssues[0]?.code).toBe('too_long');
	});

	it('reports missing columns by their documented names', () => {
		expect(parsePeopleFile(utf8('naam;school\nA;12AB00\n'))).toMatchObject({
			fileIssue: { code: 'missing_column', columns: ['e-mail', 'rol'] }
		});
	});
});

describe('parseEmail', () => {
	it('accepts ordinary addresses and lower-cases them', () => {
		expect(parseEmail(' J.de.Vries+team@Scholengroep-Noord.nl ')).toBe('j.de.vries+team@scholengroep-noord.nl');
		expect(parseEmail('info@école.fr')).toBe('info@école.fr');
	});

	it.each([
		'',
		'anna',
		'anna@',
		'@school.nl',
		'anna@school',
		'anna school@x.nl',
		'Anna <anna@x.nl>',
		'a..b@x.nl',
		'.a@x.nl',
		'a@-x.nl',
		'a@x.n1',
		`${'a'.repeat(65)}@x.nl`
	])('refuses %j', (address) => {
		expect(parseEmail(address)).toBeUndefined();
	});
});
