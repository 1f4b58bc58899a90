import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { getRoundReport } from '#lib/server/use-cases/reports/get-round-report.ts';
import { reportCharts } from '#lib/server/renderers/charts/report-charts.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const data = await orHttpError(async () => getRoundReport((await appContext()).db, userId, params.id));
	return { data, charts: data.available ? reportCharts(data) : null };
};
