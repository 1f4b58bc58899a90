/**
 * The app's server processes as the benchmarks run them: the built server on the project's own Node
 * (the `node` devDependency, not whichever Node runs the benchmark), each on a free port, up once
 * /healthz answers, stopped on Ctrl+C as well, so that a run never leaves servers or (through the
 * failure that follows) its temporary database behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { log } from './output.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'node_modules', '.bin');
export const SERVER_NODE = fs.existsSync(path.join(BIN, 'node')) ? path.join(BIN, 'node') : process.execPath;
/** Children find the project's tools (tsx, vite) first, as under `npm run`. */
export const CHILD_PATH = `${BIN}${path.delimiter}${process.env.PATH ?? ''}`;

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			// A TCP listener always has an AddressInfo; the string form is for pipes.
			if (address === null || typeof address === 'string') {
				probe.close(() => reject(new Error(`no port from ${String(address)}`)));
				return;
			}
			probe.close(() => resolve(address.port));
		});
	});
}

export type Started = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

const running = new Set<Started>();
let stopping = false;

/** Set by Ctrl+C (or SIGTERM): a benchmark stops at its next step and reports the interruption. */
export function interrupted(): boolean {
	return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		stopping = true;
		log(`\n${signal}: stopping the servers and cleaning up`);
		for (const started of running) started.child.kill('SIGTERM');
	});
}

/** `SERVER_NODE args` in the project; its last output is kept to explain a failed start. */
export function startProcess(args: string[], env: Record<string, string>): Started {
	const child = spawn(SERVER_NODE, args, {
		cwd: ROOT,
		env: { ...process.env, PATH: CHILD_PATH, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output: string[] = [];
	const keep = (chunk: Buffer) => {
		output.push(chunk.toString());
		if (output.length > 200) output.shift();
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const started = { child, output, exited };
	running.add(started);
	void exited.then(() => running.delete(started));
	return started;
}

export async function waitHealthy(started: Started, origin: string): Promise<void> {
	const deadline = Date.now() + 120_000;
	let dead = false;
	void started.exited.then(() => (dead = true));
	while (Date.now() < deadline && !stopping) {
		if (dead) throw new Error(`server exited during start:\n${started.output.join('')}`);
		try {
			if ((await fetch(`${origin}/healthz`)).status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	if (stopping) throw new Error('interrupted');
	throw new Error(`server not healthy after 120 s:\n${started.output.join('')}`);
}

/** SIGTERM lets the server finish its requests and close its pool; SIGKILL if it hangs. */
export async function stopProcess(started: Started): Promise<void> {
	if (started.child.exitCode !== null) return;
	started.child.kill('SIGTERM');
	const timer = setTimeout(() => started.child.kill('SIGKILL'), 30_000);
	await started.exited;
	clearTimeout(timer);
}
