import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLocalPath, localPath } from './local-path.ts';

describe('localPath', () => {
	it('keeps a path on this site, with its query and fragment', () => {
		for (const ok of ['/', '/start', '/reflecties/1?sluiten#sluiten-bevestigen', '/zoek?q=a%20b'])
			expect(localPath(ok, '/start'), ok).toBe(ok);
	});

	it('falls back for other sites, control characters and line separators, raw or encoded', () => {
		const bad = [
			'https://example.org/',
			'//example.org',
			'/\\example.org',
			'/%2F/example.org',
			'start',
			'',
			'/\nenv',
			'/%0Aenv',
			'/%00',
			'/\u0000',
			'/%7F',
			'/\u007f',
			'/\u2028',
			'/%E2%80%A8',
			'/\u0001',
			'/%01',
			'/%E0%A4%A',
			'/a b'
		];
		for (const target of bad) expect(localPath(target, '/start'), JSON.stringify(target)).toBe('/start');
		expect(localPath(undefined, '/')).toBe('/');
		expect(localPath(['/a'], '/')).toBe('/');
		expect(localPath(`/${'a'.repeat(2000)}`, '/')).toBe('/');
	});

	it('property: whatever is accepted is a Location header value that stays on this site', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `/${s}`)
				),
				(target) => {
					if (!isLocalPath(target)) return;
					expect(() => new Headers({ location: target })).not.toThrow();
					expect(new URL(target, 'https://werkwijzer.example').origin).toBe('https://werkwijzer.example');
				}
			)
		);
	});
});
