import { isAPIError } from 'better-auth/api';
import { userByEmail } from '../../repositories/users.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { emailInput } from '../../../schemas/auth.ts';
import { accountKey, addressKey, assertNotThrottled, recordFailure } from '../../auth/throttle.ts';
import type { AuthDeps, RequestInfo } from './types.ts';

/**
 * Public: mail a one-time sign-in link. The answer is the same whether or not the address has an
 * account, so the form cannot be used to find out who is registered. Requests are counted per
 * address and per mailbox to prevent mail bombing.
 */
export async function requestMagicLink(
	deps: AuthDeps,
	input: unknown,
	request: RequestInfo,
	callbackURL: string
): Promise<void> {
	const { email } = parseInput(emailInput, input);
	const keys = [accountKey(email, 'mail'), addressKey(deps.secret, request.address, 'mailAddress')];
	await assertNotThrottled(deps.db, keys);
	await recordFailure(deps.db, keys);
	// Only existing accounts get a link: no mail is ever sent to an address that did not sign up.
	const known = await userByEmail(deps.db, email);
	if (!known) return;
	try {
		await deps.auth.api.signInMagicLink({ body: { email, callbackURL }, headers: request.headers });
	} catch (e) {
		if (!isAPIError(e)) throw e;
		// A failure to send is retried by the queue; the person gets the same answer either way.
	}
}
