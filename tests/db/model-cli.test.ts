import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drivers } from './harness.ts';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/model-cli.ts', ...args], {
		env: { ...process.env, DATABASE_URL: '', ...env },
		encoding: 'utf8'
	});
	return { code: result.status, out: result.stdout + result.stderr };
}

describe('model CLI', () => {
	it('validates files and names the file and the path of each fault, in Dutch or English', () => {
		const bad = 'tests/fixtures/models/invalid/01-descriptor-missing.yaml';
		const nl = cli(['validate', bad]);
		expect(nl.code).toBe(1);
		expect(nl.out).toContain(`${bad}: aspects[1].levels[2].descriptor: geef een 'descriptor' of 'layerDescriptors'`);
		const en = cli(['validate', bad, '--lang', 'en']);
		expect(en.out).toContain(`${bad}: aspects[1].levels[2].descriptor: give a 'descriptor' or 'layerDescriptors'`);
		const good = cli(['validate', 'tests/fixtures/models/valid/eigen-model-v1.yaml']);
		expect(good.code).toBe(0);
		expect(good.out).toContain("geldig (model 'eigen-model-peelrand', versie 1)");
	});

	it('reports a missing file and prints usage without arguments', () => {
		const missing = cli(['validate', 'bestaat/niet.yaml']);
		expect(missing.code).toBe(1);
		expect(missing.out).toContain('bestaat/niet.yaml: (file): het bestand kan niet worden gelezen: ENOENT');
		expect(cli([]).code).toBe(2);
	});

	it('imports into the embedded database, keeps versions and refuses while the database is in use', () => {
		expect(drivers()).toContain('pglite');
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsl-cli-'));
		const env = { DATA_DIR: path.join(dir, 'db') };
		try {
			const first = cli(['import', 'tests/fixtures/models/valid/eigen-model-v1.yaml'], env);
			expect(first.out).toContain("geïmporteerd als 'eigen-model-peelrand' versie 1");
			expect(first.code).toBe(0);
			const again = cli(
				[
					'import',
					'tests/fixtures/models/valid/eigen-model-v1.yaml',
					'tests/fixtures/models/valid/eigen-model-v2.yaml'
				],
				env
			);
			expect(again.out).toContain('was al geïmporteerd (ongewijzigd)');
			expect(again.out).toContain("geïmporteerd als 'eigen-model-peelrand' versie 2");
			const mixed = cli(
				['import', 'tests/fixtures/models/invalid/03-level-order.yaml', 'content/models/werkwijzer-samen-leren.yaml'],
				env
			);
			expect(mixed.code).toBe(1);
			expect(mixed.out).toContain('Er is niets geïmporteerd');
			// A live process holding the data directory blocks a second one.
			fs.writeFileSync(`${env.DATA_DIR}.lock`, String(process.pid));
			const locked = cli(['import', 'tests/fixtures/models/valid/eigen-model-v1.yaml'], env);
			expect(locked.code).not.toBe(0);
			expect(locked.out).toContain(`is in gebruik door proces ${process.pid}`);
			expect(locked.out).not.toContain('at ');
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
