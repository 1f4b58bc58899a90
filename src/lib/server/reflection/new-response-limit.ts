/**
 * Against ballot stuffing: at most this many new responses per layer code per address per window.
 * Kept in this server's memory on purpose — the check sits on the hottest write path, and a limit per
 * server is enough to stop a script from one machine. The trade-off (ADR 007): a whole school behind
 * one address can still answer together (60 new responses per 10 minutes), and someone determined
 * with many addresses is bounded only by the round's optional maximum per layer.
 */
import { LRUCache } from 'lru-cache';

export const NEW_RESPONSES_PER_WINDOW = 60;
export const WINDOW_MS = 10 * 60_000;

// A window per (code, address) that starts with its first response and ends WINDOW_MS later. The
// cache forgets expired windows, and the least recently used ones beyond `max`, at constant cost per
// call, however many addresses a national reflection week brings.
const windows = new LRUCache<string, { count: number }>({ max: 200_000, ttl: WINDOW_MS, noUpdateTTL: true });

export function allowNewResponse(code: string, address: string): boolean {
	const key = `${code}|${address}`;
	const window = windows.get(key);
	if (!window) {
		windows.set(key, { count: 1 });
		return true;
	}
	if (window.count >= NEW_RESPONSES_PER_WINDOW) return false;
	window.count++;
	return true;
}
