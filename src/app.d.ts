import type { ErrorCode } from '#lib/domain/errors.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: ErrorCode | 'unexpected';
		}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
