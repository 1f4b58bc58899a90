/**
 * Follows a dialogue's live stream. The browser's EventSource reconnects by itself after a lost
 * connection, and the server then sends the current state first, so nothing is missed.
 */
import type { LiveView } from '../../domain/dialogue/dialogue.ts';

function isLiveView(value: unknown): value is LiveView {
	return (
		typeof value === 'object' &&
		value !== null &&
		'index' in value &&
		typeof value.index === 'number' &&
		'placed' in value &&
		typeof value.placed === 'number' &&
		'stage' in value &&
		'status' in value
	);
}

export function followDialogue(url: string, onView: (view: LiveView) => void): () => void {
	const source = new EventSource(url);
	source.onmessage = (event: MessageEvent<string>) => {
		const data: unknown = JSON.parse(event.data);
		if (isLiveView(data)) onView(data);
	};
	return () => source.close();
}
