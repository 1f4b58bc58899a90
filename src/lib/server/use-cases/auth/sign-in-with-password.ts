import { isAPIError } from 'better-auth/api';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { signInInput } from '../../../schemas/auth.ts';
import { accountKey, addressKey, assertNotThrottled, clearThrottle, recordFailure } from '../../auth/throttle.ts';
import type { AuthDeps, RequestInfo } from './types.ts';

/** Public: signing in. Failures are counted per account and per address and slow the next tries down. */
export async function signInWithPassword(deps: AuthDeps, input: unknown, request: RequestInfo): Promise<void> {
	const data = parseInput(signInInput, input);
	const keys = [accountKey(data.email), addressKey(deps.secret, request.address)];
	await assertNotThrottled(deps.db, keys);
	try {
		await deps.auth.api.signInEmail({
			body: { email: data.email, password: data.password, rememberMe: true },
			headers: request.headers
		});
	} catch (e) {
		if (!isAPIError(e)) throw e;
		if (e.body?.code === 'EMAIL_NOT_VERIFIED') {
			throw new AppError('invalid_input', 'email_not_verified', [{ field: 'email', message: 'email_not_verified' }]);
		}
		await recordFailure(deps.db, keys);
		throw new AppError('invalid_input', 'invalid_credentials', [{ field: 'password', message: 'invalid_credentials' }]);
	}
	await clearThrottle(deps.db, keys[0]!);
}
