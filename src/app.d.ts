import type { ErrorCode } from '#lib/domain/errors.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: ErrorCode | 'unexpected';
		}
		interface Locals {
			/** The signed-in person, or null. Set by the hook; authorization happens in each use-case. */
			user: { id: string; name: string; email: string; locale: string } | null;
		}
	}
}

export {};
