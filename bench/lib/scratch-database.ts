/**
 * A throwaway PostgreSQL database for one benchmark run: created on the server of `baseUrl`, handed
 * to `work` as a URL with the server's version, dropped afterwards — also when the run fails —
 * unless BENCH_KEEP_DB is set, for a look at the data.
 */
import pg from 'pg';

export async function withScratchDatabase<T>(
	baseUrl: string,
	label: string,
	work: (url: string, version: string) => Promise<T>
): Promise<T> {
	const name = `wsl_bench_${label}_${process.pid}`;
	const admin = new pg.Client({ connectionString: baseUrl });
	await admin.connect();
	try {
		const version = (await admin.query<{ v: string }>('show server_version')).rows[0]?.v ?? '';
		await admin.query(`create database ${name}`);
		const target = new URL(baseUrl);
		target.pathname = `/${name}`;
		try {
			return await work(target.toString(), version);
		} finally {
			if (process.env.BENCH_KEEP_DB) console.log(`kept database ${name}`);
			else await admin.query(`drop database if exists ${name} with (force)`);
		}
	} finally {
		await admin.end();
	}
}
