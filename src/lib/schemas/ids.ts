/**
 * Ids arrive unparsed from URLs and forms. Every record id is a UUID; anything else cannot name a
 * record and is simply not found — never a database error, never a hint that something exists.
 */
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';

export const recordId = z.uuid();

export function parseId(value: unknown): string {
	const parsed = recordId.safeParse(value);
	if (!parsed.success) throw new AppError('not_found');
	return parsed.data;
}
