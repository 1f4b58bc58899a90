import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getRound } from '#lib/server/use-cases/rounds/get-round.ts';

// The live counts on the round page: numbers per layer only, for whoever may see the round.
export const GET: RequestHandler = async ({ locals, params }) => {
	const page = await orHttpError(async () => getRound((await appContext()).db, locals.user?.id ?? null, params.id));
	return json(
		{
			status: page.round.status,
			layers: page.layers.map((l) => ({ layer: l.layer, submitted: l.submitted, drafts: l.drafts }))
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};
