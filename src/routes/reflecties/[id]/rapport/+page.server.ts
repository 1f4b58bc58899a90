import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { getRoundReport } from '#lib/server/use-cases/reports/get-round-report.ts';
import { reportCharts } from '#lib/server/renderers/charts/report-charts.ts';
import { getNextStepInspiration } from '#lib/server/use-cases/inspiration/get-next-step-inspiration.ts';
import { nextStepsOfReport } from '#lib/domain/inspiration/next-step.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	const { db } = await appContext();
	const data = await orHttpError(async () => getRoundReport(db, userId, params.id));
	if (!data.available) return { data, charts: null, inspiration: [] };
	const steps = nextStepsOfReport(data.report, data.model.levels.length);
	const inspiration = await getNextStepInspiration(db, userId, { modelId: data.model.id, steps });
	return { data, charts: reportCharts(data), inspiration };
};
