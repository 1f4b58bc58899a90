import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { getBoardReport } from '#lib/server/use-cases/reports/get-board-report.ts';
import { boardChart } from '#lib/server/renderers/charts/board-chart.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const query = {
		modelId: url.searchParams.get('model') ?? undefined,
		layer: url.searchParams.get('laag') ?? undefined
	};
	const data = await orHttpError(async () => getBoardReport((await appContext()).db, userId, params.id, query));
	return { data, chart: boardChart(data) };
};
