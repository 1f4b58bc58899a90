/**
 * PGlite is single-process: two processes opening one data directory corrupt it. Whoever opens
 * it (the server, the model CLI) takes this lock file first; a lock left by a dead process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly holder: number,
		options?: ErrorOptions
	) {
		super(
			`The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first (the embedded database allows one process at a time).`,
			options
		);
		this.name = 'DataDirLockedError';
	}
}

export function lockDataDir(dataDir: string): () => void {
	const file = `${path.resolve(dataDir)}.lock`;
	fs.mkdirSync(path.dirname(file), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
			return () => fs.rmSync(file, { force: true });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = Number(fs.readFileSync(file, 'utf8'));
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
				throw new DataDirLockedError(dataDir, holder, { cause: e });
			}
			fs.rmSync(file, { force: true });
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}
