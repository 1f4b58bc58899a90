/**
 * Taking part in a dialogue without an account: a session code, a layer chosen on joining and a
 * random token in the participant's browser. The database keeps only a hash of the token, so a
 * person can change their own placement and nobody can tell whose placement it is.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../../domain/errors.ts';
import { findSessionByCode, type SessionRow } from '../../repositories/dialogues.ts';
import { hashResumeToken, newResumeToken, requireCode } from '../../reflection/codes.ts';
import { LAYERS, type Layer } from '../../../domain/model/format.ts';

export type ParticipantPass = { layer: Layer; token: string };

/** The cookie that holds a participant's pass for one session. */
export const dialogueCookie = (code: string) => `wsl_gesprek_${code}`;

/** The cookie value: the layer the person chose and their token. */
export function readPass(value: string | undefined): ParticipantPass | null {
	const [layer, token] = (value ?? '').split('.');
	if (!layer || !token || !(LAYERS as readonly string[]).includes(layer) || !/^[\w-]{20,64}$/.test(token)) return null;
	return { layer: layer as Layer, token };
}

export function writePass(pass: ParticipantPass): string {
	return `${pass.layer}.${pass.token}`;
}

export function newPass(layer: Layer): ParticipantPass {
	return { layer, token: newResumeToken() };
}

/** Whose placement it is, as far as the database knows: a hash of a random token, per session. */
export function participantKey(session: SessionRow, pass: ParticipantPass): string {
	return hashResumeToken(`${session.id}:${pass.token}`);
}

export async function sessionByCode(db: Db, rawCode: string): Promise<SessionRow> {
	const code = requireCode(rawCode);
	const session = await findSessionByCode(db, code);
	if (!session) throw new AppError('not_found');
	return session;
}
