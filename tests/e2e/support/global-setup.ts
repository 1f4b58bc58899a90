/**
 * Starts the built app once for the whole browser-test run, on its own embedded database in a
 * temporary folder. Before the server starts, the model CLI imports two versions of a board's own
 * model and a board's model on the scale word "niveau", so the tests can show that what the CLI
 * imports appears in the browser.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startSmtpReceiver } from './smtp.ts';
import { startServer } from './server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
	if (!fs.existsSync('build/handler.js'))
		throw new Error('Run `npm run build` before the browser tests (npm test does).');
	const dir = path.resolve('tmp', `e2e-${process.pid}`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	// The browser tests run on the embedded database, as `npm start` does.
	const { DATABASE_URL: _ignored, ...inherited } = process.env;
	const env: NodeJS.ProcessEnv = {
		...inherited,
		DATA_DIR: path.join(dir, 'db'),
		// Every test makes its own data; the demo would only be in the way of the registry import test.
		SEED_DEMO: 'never',
		TEST_FIXTURES_TOKEN: randomBytes(24).toString('hex')
	};

	execFileSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'scripts/model-cli.ts',
			'import',
			'tests/fixtures/models/valid/eigen-model-v1.yaml',
			'tests/fixtures/models/valid/eigen-model-v2.yaml',
			'tests/fixtures/models/valid/eigen-model-niveau.yaml'
		],
		{ env, stdio: 'pipe' }
	);

	const mailDir = path.join(dir, 'mail');
	const smtp = await startSmtpReceiver(mailDir);
	const server = await startServer({ ...env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }, path.join(dir, 'server.log'));
	const baseURL = server.baseURL;
	process.env.E2E_BASE_URL = baseURL;
	process.env.E2E_FIXTURES_TOKEN = env.TEST_FIXTURES_TOKEN;
	process.env.E2E_MAIL_DIR = mailDir;
	process.env.E2E_DIR = dir;

	return async () => {
		await server.stop();
		await smtp.close();
		// E2E_KEEP=1 keeps the server's log and database for a look after a failure.
		if (process.env.E2E_KEEP) console.log(`kept ${dir} (server.log, db, mail)`);
		else fs.rmSync(dir, { recursive: true, force: true });
	};
}
