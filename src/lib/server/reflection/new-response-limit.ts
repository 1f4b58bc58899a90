/**
 * Against ballot stuffing: at most this many new responses per layer code per address per window.
 * Kept in this server's memory on purpose — the check sits on the hottest write path, and a limit per
 * server is enough to stop a script from one machine. The trade-off (ADR 007): a whole school behind
 * one address can still answer together (60 new responses per 10 minutes), and someone determined
 * with many addresses is bounded only by the round's optional maximum per layer.
 */
export const NEW_RESPONSES_PER_WINDOW = 60;
export const WINDOW_MS = 10 * 60_000;

const buckets = new Map<string, { count: number; since: number }>();

export function allowNewResponse(code: string, address: string, now = Date.now()): boolean {
	if (buckets.size > 50_000) {
		for (const [key, b] of buckets) if (now - b.since > WINDOW_MS) buckets.delete(key);
	}
	const key = `${code}|${address}`;
	const bucket = buckets.get(key);
	if (!bucket || now - bucket.since > WINDOW_MS) {
		buckets.set(key, { count: 1, since: now });
		return true;
	}
	if (bucket.count >= NEW_RESPONSES_PER_WINDOW) return false;
	bucket.count++;
	return true;
}
