import type { RequestEvent } from '@sveltejs/kit';
import type { RequestInfo } from '../use-cases/auth/types.ts';

export function requestInfo(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): RequestInfo {
	return { headers: event.request.headers, address: event.getClientAddress() };
}
