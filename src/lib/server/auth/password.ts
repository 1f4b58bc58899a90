import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashUserPassword(password: string): Promise<string> {
	return hash(password, ARGON);
}

export function checkUserPassword(stored: string, password: string): Promise<boolean> {
	return verify(stored, password);
}
