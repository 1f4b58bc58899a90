import { isAPIError } from 'better-auth/api';
import { mails } from '../../mail/templates.ts';
import { userByEmail } from '../../repositories/users.ts';
import { queueMail } from '../../mail/send.ts';
import { AppError } from '../../../domain/errors.ts';
import { parseInput } from '../../../schemas/parse.ts';
import { signUpInput } from '../../../schemas/auth.ts';
import { accountKey, addressKey, assertNotThrottled, recordFailure } from '../../auth/throttle.ts';
import type { AuthDeps, RequestInfo } from './types.ts';

/**
 * Public: create an account. It stays unusable until the address is confirmed through the link in
 * the mail; confirming signs the person in and returns them to `callbackURL`.
 */
export async function signUp(
	deps: AuthDeps,
	input: unknown,
	request: RequestInfo,
	locale: 'nl' | 'en',
	callbackURL: string
): Promise<{ email: string }> {
	const data = parseInput(signUpInput, input);
	const keys = [accountKey(data.email, 'mail'), addressKey(deps.secret, request.address, 'mailAddress')];
	await assertNotThrottled(deps.db, keys);
	await recordFailure(deps.db, keys);
	// An address that already has an account gets a mail saying so, and the form gives the same
	// answer as for a new address: the sign-up form cannot be used to find out who is registered.
	const existing = await userByEmail(deps.db, data.email);
	if (existing) {
		const mailLocale = existing.locale === 'en' ? 'en' : 'nl';
		await queueMail(deps.boss, mails.accountExists(data.email, mailLocale, `${deps.baseURL}/aanmelden`));
		return { email: data.email };
	}
	try {
		await deps.auth.api.signUpEmail({
			body: { name: data.name, email: data.email, password: data.password, locale, callbackURL },
			headers: request.headers
		});
	} catch (e) {
		if (!isAPIError(e)) throw e;
		const code = String(e.body?.code ?? '');
		if (code.startsWith('USER_ALREADY_EXISTS'))
			throw new AppError('invalid_input', 'email_taken', [{ field: 'email', message: 'email_taken' }]);
		if (code.startsWith('PASSWORD_TOO'))
			throw new AppError('invalid_input', 'invalid_input', [
				{ field: 'password', message: code === 'PASSWORD_TOO_SHORT' ? 'too_short' : 'too_long' }
			]);
		throw e;
	}
	return { email: data.email };
}
