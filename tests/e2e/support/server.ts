/** Starting the built app as a child process, for global setup and for tests that need servers of their own. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForHealth(url: string, child: ChildProcess, log: string): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${fs.readFileSync(log, 'utf8')}`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`server did not become healthy:\n${fs.readFileSync(log, 'utf8')}`);
}

export type RunningServer = { baseURL: string; stop: () => Promise<void> };

/** Starts `node server/index.js` on a free port with `env`, logging to `log`; resolves once healthy. */
export async function startServer(env: NodeJS.ProcessEnv, log: string): Promise<RunningServer> {
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const out = fs.openSync(log, 'a');
	const child = spawn(process.execPath, ['server/index.js'], {
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? baseURL },
		stdio: ['ignore', out, out]
	});
	await waitForHealth(baseURL, child, log);
	return {
		baseURL,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
		}
	};
}
