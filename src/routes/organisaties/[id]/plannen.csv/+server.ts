import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getPlansOverview } from '#lib/server/use-cases/plans/get-plans-overview.ts';
import { plansCsv } from '#lib/server/renderers/plans/plans-export.ts';
import { downloadName } from '#lib/server/renderers/download-name.ts';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const overview = await orHttpError(async () =>
		getPlansOverview((await appContext()).db, locals.user?.id ?? null, params.id, {
			year: url.searchParams.get('jaar') ?? undefined
		})
	);
	return new Response(plansCsv(overview), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${downloadName(`${overview.organisation.name} ${overview.year}`, 'csv', 'plannen')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
