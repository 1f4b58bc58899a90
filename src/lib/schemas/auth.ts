import { z } from 'zod';
import { text } from './fields.ts';
import { isLocalPath } from './local-path.ts';

const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());
const password = z.string().min(10).max(128);

export const signInInput = z.object({ email, password: z.string().min(1).max(128) });
export const emailInput = z.object({ email });
export const signUpInput = z.object({ name: text({ max: 200, required: true }), email, password });
export const resetPasswordInput = z
	.object({ token: z.string().min(10).max(200), password, confirm: z.string().min(1).max(128) })
	.refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'mismatch' });
export const profileInput = z.object({ name: text({ max: 200, required: true }) });

/** A local path to return to after signing in; anything else falls back to the landing page. */
export const returnPath = z.string().max(500).refine(isLocalPath).catch('/start');
