/**
 * The round and layer behind a code, kept for a few seconds per server: submitting is the
 * platform's hottest write, and this lookup was a second query and a third of the server's time per
 * submission (docs/performance.md). A stale entry can never let an answer into a closed round: the
 * INSERT checks that the round is open itself. A round that looks closed or not yet open is looked up
 * again, so an extension or an early opening takes effect at once.
 */
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client.ts';
import { findLayerByCode } from '../repositories/rounds.ts';
import { roundStatus } from '../../domain/reflection/round.ts';

type Found = NonNullable<Awaited<ReturnType<typeof findLayerByCode>>>;

const cache = new LRUCache<string, Found>({ max: 5_000, ttl: 5_000 });

export async function openLayerByCode(db: Db, code: string, today: string): Promise<Found | undefined> {
	const kept = cache.get(code);
	if (kept && roundStatus(kept.round, today) === 'open') return kept;
	const found = await findLayerByCode(db, code);
	if (found) cache.set(code, found);
	else cache.delete(code);
	return found;
}
