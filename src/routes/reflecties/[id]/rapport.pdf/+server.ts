import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError } from '#lib/server/http/errors.ts';
import { getRoundReport } from '#lib/server/use-cases/reports/get-round-report.ts';
import { reportCharts } from '#lib/server/renderers/charts/report-charts.ts';
import { reportDocument } from '#lib/server/renderers/pdf/report-pdf-document.ts';
import { renderReportPdf } from '#lib/server/renderers/pdf/report-pdf.ts';
import { downloadName } from '#lib/server/renderers/download-name.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await orHttpError(async () =>
		getRoundReport((await appContext()).db, locals.user?.id ?? null, params.id)
	);
	if (!data.available) error(409, { message: 'closed', code: 'closed' });
	const pdf = await renderReportPdf(reportDocument(data, reportCharts(data)));
	return new Response(Buffer.from(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${downloadName(data.round.title, 'pdf')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
