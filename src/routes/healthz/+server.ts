import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { checkHealth } from '#lib/server/use-cases/platform/check-health.ts';

export const GET: RequestHandler = async () => {
	const headers = { 'cache-control': 'no-store' };
	try {
		const { driver, ms } = await checkHealth((await appContext()).handle);
		return json({ status: 'ok', database: { driver, reachable: true, ms } }, { headers });
	} catch (error) {
		// An unreachable database is an answer (503), not a crash; the cause goes to the log.
		console.error('healthz: database unreachable', error);
		return json({ status: 'error', database: { reachable: false } }, { status: 503, headers });
	}
};
