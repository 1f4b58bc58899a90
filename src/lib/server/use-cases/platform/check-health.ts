import type { DatabaseHandle } from '../../db/client.ts';
import { ping } from '../../repositories/health.ts';

/** Public: tells a load balancer whether this server reaches its database, and nothing more. */
export async function checkHealth(handle: DatabaseHandle): Promise<{ driver: DatabaseHandle['driver']; ms: number }> {
	const started = performance.now();
	await ping(handle.db);
	return { driver: handle.driver, ms: Math.round(performance.now() - started) };
}
