import { describe, expect, it } from 'vitest';
import { allowNewResponse, NEW_RESPONSES_PER_WINDOW } from './new-response-limit.ts';

describe('new responses per code and address', () => {
	it('allows the limit, refuses one more, and counts each code and address apart', () => {
		for (let i = 0; i < NEW_RESPONSES_PER_WINDOW; i++) expect(allowNewResponse('ABC123', '10.0.0.1')).toBe(true);
		expect(allowNewResponse('ABC123', '10.0.0.1')).toBe(false);
		expect(allowNewResponse('ABC123', '10.0.0.2')).toBe(true);
		expect(allowNewResponse('XYZ789', '10.0.0.1')).toBe(true);
	});
});
