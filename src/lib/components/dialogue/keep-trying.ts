/**
 * A phone in a meeting room loses its connection now and then. A placement tapped while it is down
 * must not replace the page with an error, nor be lost: the form keeps the choice, the page says
 * "geen verbinding", and the form is sent again as soon as the browser is back online (and, in case
 * that event never comes, after a growing pause).
 */
import type { SubmitFunction } from '$app/forms';

export type Connection = {
	/** True while a submission waits for the connection. */
	waiting: (waiting: boolean) => void;
	/** True after the server answered with an error (not a refusal of the input): the choice stays. */
	failed: (failed: boolean) => void;
	/** After the server took the submission and the page has its new data. */
	done: () => void | Promise<void>;
};

const FIRST_PAUSE = 2_000;
const LONGEST_PAUSE = 30_000;

export function keepTrying(connection: Connection): SubmitFunction {
	let pause = FIRST_PAUSE;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let onOnline: (() => void) | undefined;

	const stopWaiting = () => {
		clearTimeout(timer);
		if (onOnline) window.removeEventListener('online', onOnline);
		onOnline = undefined;
	};

	const waitAndRetry = (form: HTMLFormElement) => {
		stopWaiting();
		connection.waiting(true);
		const retry = () => {
			stopWaiting();
			// The conversation may have moved on meanwhile; a form that is gone has nothing to send.
			if (form.isConnected) form.requestSubmit();
			else connection.waiting(false);
		};
		onOnline = retry;
		window.addEventListener('online', retry);
		timer = setTimeout(retry, pause);
		pause = Math.min(pause * 2, LONGEST_PAUSE);
	};

	return ({ formElement, cancel }) => {
		stopWaiting();
		connection.failed(false);
		if (!navigator.onLine) {
			cancel();
			waitAndRetry(formElement);
			return;
		}
		return async ({ result, update }) => {
			// No answer at all (the request never reached a server): the network, not the input.
			if (result.type === 'error' && result.status === undefined) {
				waitAndRetry(formElement);
				return;
			}
			pause = FIRST_PAUSE;
			connection.waiting(false);
			if (result.type === 'error') {
				connection.failed(true);
				return;
			}
			await update({ reset: false });
			if (result.type === 'success') await connection.done();
		};
	};
}
