import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getRoundReport } from '#lib/server/use-cases/reports/get-round-report.ts';
import { reportCsv } from '#lib/server/renderers/csv/report-csv.ts';
import { downloadName } from '#lib/server/renderers/download-name.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await orHttpError(async () =>
		getRoundReport((await appContext()).db, locals.user?.id ?? null, params.id)
	);
	if (!data.available) error(409, { message: 'closed', code: 'closed' });
	const csv = reportCsv(data.report, data.model.levels, getLocale() === 'en' ? 'en' : 'nl');
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${downloadName(data.round.title, 'csv')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
