import { createHash, randomBytes, randomInt } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';

/**
 * Layer codes are short enough to type from a projector (8 characters without look-alikes such as
 * 0/O and 1/I/L) and long enough not to be guessed: 31^8 ≈ 8.5 · 10^11 possibilities.
 */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newLayerCode(): string {
	return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** How people type codes: lower case, with spaces or a dash in the middle. */
export function normaliseCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}

export const CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;

/** A typed or linked code as stored, or null when it cannot be a code at all. */
export function parseCode(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const code = normaliseCode(input);
	return CODE_PATTERN.test(code) ? code : null;
}

/** A code that cannot exist is simply not found: the same answer as for an unknown code. */
export function requireCode(input: unknown): string {
	const code = parseCode(input);
	if (code === null) throw new AppError('not_found');
	return code;
}

export function formatCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Resume tokens as `newResumeToken` makes them (32 characters), with room for older lengths. */
export const RESUME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;

export function newResumeToken(): string {
	return randomBytes(24).toString('base64url');
}

export function hashResumeToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
