import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getPublishedFeedback } from '#lib/server/use-cases/plans/get-published-feedback.ts';

export const load: PageServerLoad = async ({ params }) => ({
	feedback: await orHttpError(async () => getPublishedFeedback((await appContext()).db, params.code))
});
