import { isAPIError } from 'better-auth/api';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { resetPasswordInput } from '../../../schemas/auth.ts';
import type { AuthDeps, RequestInfo } from './types.ts';

/** Public: guarded by the one-time token from the mail. All sessions of the account end (better-auth option). */
export async function resetPassword(deps: AuthDeps, input: unknown, request: RequestInfo): Promise<void> {
	const data = parseInput(resetPasswordInput, input);
	try {
		await deps.auth.api.resetPassword({
			body: { newPassword: data.password, token: data.token },
			headers: request.headers
		});
	} catch (e) {
		if (!isAPIError(e)) throw e;
		throw new AppError('invalid_input', 'invalid_token', [{ field: 'token', message: 'invalid_token' }]);
	}
}
