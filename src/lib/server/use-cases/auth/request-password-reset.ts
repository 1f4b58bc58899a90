import { parseInput } from '../../../schemas/parse.ts';
import { emailInput } from '../../../schemas/auth.ts';
import { accountKey, addressKey, assertNotThrottled, recordFailure } from '../../auth/throttle.ts';
import type { AuthDeps, RequestInfo } from './types.ts';

/** Public: mail a link to set a new password; the same answer for known and unknown addresses. */
export async function requestPasswordReset(deps: AuthDeps, input: unknown, request: RequestInfo): Promise<void> {
	const { email } = parseInput(emailInput, input);
	const keys = [accountKey(email, 'mail'), addressKey(deps.secret, request.address, 'mailAddress')];
	await assertNotThrottled(deps.db, keys);
	await recordFailure(deps.db, keys);
	await deps.auth.api.requestPasswordReset({
		body: { email, redirectTo: `${deps.baseURL}/wachtwoord-herstellen` },
		headers: request.headers
	});
}
