import type { RequestEvent } from '@sveltejs/kit';
import { appContext } from '../context.ts';
import { formObject } from '../../schemas/parse.ts';
import { steerDialogue, type Steer } from '../use-cases/dialogue/steer-dialogue.ts';
import { orActionFailure } from './errors.ts';

/**
 * A form action that steers a conversation (reveal, move between aspects), shared by the
 * facilitator's page and the projector's, so that the room can be run from either.
 */
export const steer =
	(make: (form: Record<string, string | string[]>) => Steer) =>
	async ({ request, locals, params }: Pick<RequestEvent<{ id: string }>, 'request' | 'locals' | 'params'>) => {
		const form = formObject(await request.formData());
		return orActionFailure(async () =>
			steerDialogue((await appContext()).db, locals.user?.id ?? null, params.id, make(form))
		);
	};
