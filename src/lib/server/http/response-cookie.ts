import type { Cookies } from '@sveltejs/kit';

/**
 * The respondent's resume token lives in a cookie per layer code, so the same device finds its
 * draft again. It says nothing about the person: it only unlocks this one anonymous response.
 */
export const responseCookie = (code: string) => `wsl_antwoord_${code}`;

export function setResponseCookie(cookies: Cookies, url: URL, code: string, token: string): void {
	cookies.set(responseCookie(code), token, {
		path: '/r',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 180
	});
}
