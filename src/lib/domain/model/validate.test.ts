import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModelText } from './parse-file.ts';
import { validateModel, type ModelIssue } from './validate.ts';

const FIXTURES = path.resolve('tests/fixtures/models');
const SHIPPED = path.resolve('content/models');

function check(text: string): { ok: boolean; issues: ModelIssue[] } {
	const parsed = parseModelText(text);
	if (!parsed.ok) return { ok: false, issues: parsed.issues };
	const result = validateModel(parsed.value);
	return result.ok ? { ok: true, issues: [] } : { ok: false, issues: result.issues };
}

describe('shipped models', () => {
	const files = fs.readdirSync(SHIPPED).filter((f) => f.endsWith('.yaml'));

	it('ships the four development models and the routekaart', () => {
		expect(files.sort()).toEqual([
			'kernthemas-samenwerking.yaml',
			'lerende-organisatie-vo.yaml',
			'routekaart-draagvlak-samen-opleiden.yaml',
			'samen-leren-inhoud-geven.yaml',
			'werkwijzer-samen-leren.yaml'
		]);
	});

	it.each(files)('%s is valid', (file) => {
		const result = check(fs.readFileSync(path.join(SHIPPED, file), 'utf8'));
		expect(result.issues).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('has the structure the product brief asks for', () => {
		const load = (f: string) => {
			const parsed = parseModelText(fs.readFileSync(path.join(SHIPPED, f), 'utf8'));
			if (!parsed.ok) throw new Error(f);
			const result = validateModel(parsed.value);
			if (!result.ok) throw new Error(f);
			return result.model;
		};
		const slig = load('samen-leren-inhoud-geven.yaml');
		const lo = load('lerende-organisatie-vo.yaml');
		const ww = load('werkwijzer-samen-leren.yaml');
		const kt = load('kernthemas-samenwerking.yaml');
		const route = load('routekaart-draagvlak-samen-opleiden.yaml');
		if (
			slig.kind !== 'model' ||
			lo.kind !== 'model' ||
			ww.kind !== 'model' ||
			kt.kind !== 'model' ||
			route.kind !== 'route'
		) {
			throw new Error('wrong kinds');
		}
		expect([slig.aspects.length, slig.levels.length]).toEqual([5, 5]);
		expect(slig.aspects.every((a) => a.focus.startsWith('De mate waarin'))).toBe(true);
		expect([lo.aspects.length, lo.levels.length, lo.levels[3]?.name]).toEqual([5, 5, 'Lerende organisatie']);
		expect(lo.aspects.every((a) => a.levels.every((l) => (l.indicators?.length ?? 0) >= 2))).toBe(true);
		expect([ww.aspects.length, ww.levels.length, ww.layers?.map((l) => l.id)]).toEqual([
			4,
			3,
			['bestuur', 'schoolleiding', 'leraren']
		]);
		const perLayer = ww.aspects.flatMap((a) => a.levels.flatMap((l) => Object.values(l.layerDescriptors ?? {})));
		expect(perLayer).toHaveLength(36);
		expect(new Set(perLayer).size).toBe(36);
		expect(kt.aspects).toHaveLength(5);
		expect(kt.aspects.every((a) => a.keyQuestion)).toBe(true);
		expect(route.steps.map((s) => s.id)).toEqual([
			'informeren',
			'urgentie-creeren',
			'eigenaarschap-creeren',
			'implementeren'
		]);
		for (const step of [route.steps[0]!, route.steps[3]!]) {
			expect(step.cards.some((c) => c.variants?.nieuw && c.variants?.deelnemend)).toBe(true);
		}
	});
});

describe('malformed model files', () => {
	const files = fs.readdirSync(path.join(FIXTURES, 'invalid')).sort();

	it('has at least twelve distinct malformed files', () => {
		expect(files.length).toBeGreaterThanOrEqual(12);
	});

	it.each(files)('%s is rejected with the path of the fault', (file) => {
		const text = fs.readFileSync(path.join(FIXTURES, 'invalid', file), 'utf8');
		const expectLine = /^# expect: (\S+) (\S+)$/m.exec(text);
		expect(expectLine, 'fixture states what it expects').not.toBeNull();
		const [, expectedPath, expectedCode] = expectLine!;
		const result = check(text);
		expect(result.ok).toBe(false);
		expect(result.issues).toContainEqual(expect.objectContaining({ path: expectedPath, code: expectedCode }));
	});

	it('reports the line of a syntax error', () => {
		const result = check('format: werkwijzer-model/1\nkind: [model\n');
		expect(result.issues[0]).toMatchObject({ path: '(file)', code: 'syntax' });
		expect(Number(result.issues[0]?.params?.line)).toBeGreaterThan(0);
	});

	it('refuses an empty file and a file that is not an object', () => {
		expect(check('   \n').issues).toEqual([{ path: '(file)', code: 'file_empty' }]);
		expect(check('- a\n- b\n').issues[0]).toMatchObject({ path: '(root)', code: 'wrong_type' });
	});

	it('reports every fault of a file at once', () => {
		const text = fs
			.readFileSync(path.join(FIXTURES, 'valid', 'eigen-model-v1.yaml'), 'utf8')
			.replace('title: Kwaliteitskaart Peelrand\n', '')
			.replace('  - id: ouders-betrekken', '  - id: samen-leren');
		const parsed = parseModelText(text);
		expect(parsed.ok).toBe(true);
		// Structural faults are reported before cross-field ones; fix the first and the next appears.
		const result = check(text);
		expect(result.issues.map((i) => i.path)).toContain('title');
	});

	it('accepts the valid fixtures', () => {
		for (const file of fs.readdirSync(path.join(FIXTURES, 'valid'))) {
			expect(check(fs.readFileSync(path.join(FIXTURES, 'valid', file), 'utf8')).issues).toEqual([]);
		}
	});
});
