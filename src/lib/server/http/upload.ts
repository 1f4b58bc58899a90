import { AppError } from '../../domain/errors.ts';

/** The bytes of the uploaded file in `field`; an empty or missing file names the field. */
export async function uploadedBytes(form: FormData, field = 'bestand'): Promise<Uint8Array> {
	const file = form.get(field);
	if (!(file instanceof File) || file.size === 0)
		throw new AppError('invalid_input', 'required', [{ field, message: 'required' }]);
	return new Uint8Array(await file.arrayBuffer());
}

/**
 * Streams progress lines and then the result as newline-delimited JSON, so the page can show a
 * progress bar for a large file while the import runs in this request.
 */
export function progressStream<T>(run: (progress: (event: unknown) => void) => Promise<T>): Response {
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (event: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
			try {
				const result = await run((p) => send({ type: 'progress', ...(p as object) }));
				send({ type: 'result', result });
			} catch (e) {
				const code = e instanceof AppError ? e.code : 'unexpected';
				if (!(e instanceof AppError)) console.error(e);
				send({ type: 'error', code });
			} finally {
				controller.close();
			}
		}
	});
	return new Response(body, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
}
