/**
 * `npm run model:validate -- FILE...` checks model files without touching the database.
 * `npm run model:import -- FILE...` imports them, all or nothing, into the configured database
 * (DATABASE_URL, or the embedded database in DATA_DIR). Messages follow `--lang nl|en` or LANG.
 */
import fs from 'node:fs/promises';
import {
	checkModelFiles,
	importModels,
	type FileReport,
	type ModelFileInput
} from '../src/lib/server/use-cases/models/import-models.ts';
import { describeIssue } from '../src/lib/i18n/model-issues.ts';
import { m } from '../src/lib/paraglide/messages.js';
import { openDatabase, migrateDatabase } from '../src/lib/server/db/client.ts';
import { env } from '../src/lib/server/env.ts';
import { DataDirLockedError } from '../src/lib/server/db/data-dir-lock.ts';

type Locale = 'nl' | 'en';

function parseArgs(argv: string[]): { command: string | undefined; files: string[]; locale: Locale } {
	const [command, ...rest] = argv;
	let locale: Locale = (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'nl';
	const files: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i]!;
		if (arg === '--lang') locale = rest[++i] === 'en' ? 'en' : 'nl';
		else if (arg.startsWith('--lang=')) locale = arg.endsWith('=en') ? 'en' : 'nl';
		else files.push(arg);
	}
	return { command, files, locale };
}

async function readFiles(names: string[]): Promise<{ inputs: ModelFileInput[]; unreadable: FileReport[] }> {
	const inputs: ModelFileInput[] = [];
	const unreadable: FileReport[] = [];
	for (const name of names) {
		try {
			inputs.push({ name, text: await fs.readFile(name, 'utf8') });
		} catch (e) {
			const detail = (e as NodeJS.ErrnoException).code ?? String(e);
			unreadable.push({
				name,
				status: 'invalid',
				issues: [{ path: '(file)', code: 'file_unreadable', params: { detail } }]
			});
		}
	}
	return { inputs, unreadable };
}

function print(reports: FileReport[], locale: Locale): void {
	const o = { locale };
	for (const r of reports) {
		if (r.status === 'invalid') {
			console.error(m.model_cli_invalid({ file: r.name, count: r.issues.length }, o));
			for (const issue of r.issues) console.error(`  ${r.name}: ${issue.path}: ${describeIssue(issue, locale)}`);
		} else if (r.status === 'valid') {
			console.log(m.model_cli_valid({ file: r.name, kind: r.kind, id: r.id, version: r.version }, o));
		} else if (r.status === 'imported') {
			console.log(m.model_cli_imported({ file: r.name, id: r.id, version: r.version }, o));
		} else {
			console.log(m.model_cli_unchanged({ file: r.name, id: r.id, version: r.version }, o));
		}
	}
}

async function main(): Promise<number> {
	const { command, files, locale } = parseArgs(process.argv.slice(2));
	if ((command !== 'validate' && command !== 'import') || files.length === 0) {
		console.error(m.model_cli_usage({}, { locale }));
		return 2;
	}
	const { inputs, unreadable } = await readFiles(files);
	if (command === 'validate') {
		const { reports } = checkModelFiles(inputs);
		print([...unreadable, ...reports], locale);
		return unreadable.length > 0 || reports.some((r) => r.status === 'invalid') ? 1 : 0;
	}
	if (unreadable.length > 0) {
		print([...unreadable, ...checkModelFiles(inputs).reports], locale);
		console.error(m.model_cli_nothing_imported({}, { locale }));
		return 1;
	}
	const config = env();
	let handle;
	try {
		handle = config.DATABASE_URL
			? await openDatabase({ url: config.DATABASE_URL })
			: await openDatabase({ dataDir: config.DATA_DIR });
	} catch (e) {
		if (!(e instanceof DataDirLockedError)) throw e;
		console.error(m.model_cli_database_in_use({ dir: e.dataDir, pid: e.holder }, { locale }));
		return 1;
	}
	try {
		await migrateDatabase(handle, config.MIGRATIONS_DIR);
		const result = await importModels(handle.db, inputs, 'imported');
		print(result.files, locale);
		if (!result.ok) console.error(m.model_cli_nothing_imported({}, { locale }));
		return result.ok ? 0 : 1;
	} finally {
		await handle.close();
	}
}

process.exitCode = await main();
