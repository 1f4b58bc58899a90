import type { Cookies } from '@sveltejs/kit';
import { endOfDutchDay } from '../../domain/reflection/round.ts';

/**
 * The respondent's resume token lives in a cookie per layer code, so the same device finds its
 * draft again. It says nothing about the person: it only unlocks this one anonymous response.
 */
export const responseCookie = (code: string) => `wsl_antwoord_${code}`;

/**
 * The cookie ends when the round's closing date is over: after that the answers cannot change, and a
 * shared staff-room computer should not keep opening them for whoever comes next. Each visit and save
 * sets it again, so a round whose date moves keeps its cookie until the new date.
 */
export function setResponseCookie(cookies: Cookies, url: URL, code: string, token: string, closesOn: string): void {
	cookies.set(responseCookie(code), token, {
		path: '/r',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: endOfDutchDay(closesOn)
	});
}

/** "Vergeet mijn antwoorden op dit apparaat": the answers stay; only this device stops opening them. */
export function forgetResponseCookie(cookies: Cookies, url: URL, code: string): void {
	cookies.delete(responseCookie(code), { path: '/r', secure: url.protocol === 'https:' });
}
