import { createHash, randomBytes, randomInt } from 'node:crypto';

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
