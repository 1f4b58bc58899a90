import type { AuthDeps, RequestInfo } from './types.ts';

/** Ends this session, or — `everywhere` — every session of the signed-in person on every device. */
export async function signOut(deps: AuthDeps, request: RequestInfo, everywhere: boolean): Promise<void> {
	const session = await deps.auth.api.getSession({ headers: request.headers });
	if (!session) return;
	if (everywhere) await deps.auth.api.revokeSessions({ headers: request.headers });
	await deps.auth.api.signOut({ headers: request.headers });
}
