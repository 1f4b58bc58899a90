/**
 * A server-sent-event response: the current state first (a reconnecting browser catches up), then
 * every change, and a comment every 20 s so that proxies keep the connection open.
 */
import type { Watch } from '../use-cases/dialogue/watch-dialogue.ts';

const encoder = new TextEncoder();

export function eventStream(watch: Watch, signal: AbortSignal): Response {
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			let last = '';
			const send = (data: unknown) => {
				const text = JSON.stringify(data);
				if (text === last) return;
				last = text;
				try {
					controller.enqueue(encoder.encode(`data: ${text}\n\n`));
				} catch {
					stop();
				}
			};
			const unsubscribe = await watch.subscribe(send);
			const beat = setInterval(() => {
				try {
					controller.enqueue(encoder.encode(': ping\n\n'));
				} catch {
					stop();
				}
			}, 20_000);
			stop = () => {
				clearInterval(beat);
				unsubscribe();
			};
			signal.addEventListener('abort', () => {
				stop();
				try {
					controller.close();
				} catch {
					// already closed by the browser
				}
			});
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}
