/**
 * Fan-out of live dialogue updates to the server-sent-event streams of this server (ADR 010).
 *
 * Nothing about a session is kept in this process but the list of open streams: every write
 * notifies the channel `dialogue` through PostgreSQL, every server LISTENs on it, and on a
 * notification re-reads the session's snapshot from the database and sends it to its own streams.
 * Several notifications for one session that arrive while it is being read are answered by one more
 * read, so a burst of 200 placements costs a handful of queries per server, not 200.
 */
import pg from 'pg';
import type { DatabaseHandle } from '../db/client.ts';
import { DIALOGUE_CHANNEL } from '../repositories/dialogues.ts';
import { snapshotOf } from './snapshot.ts';
import type { Snapshot } from '../../domain/dialogue/dialogue.ts';

export type SnapshotListener = (snapshot: Snapshot) => void;

export class DialogueHub {
	private readonly listeners = new Map<string, Set<SnapshotListener>>();
	private readonly reading = new Map<string, { again: boolean }>();
	private listening: Promise<void> | null = null;
	private client: pg.Client | null = null;
	private unlisten: (() => Promise<void>) | null = null;
	private stopped = false;

	constructor(private readonly handle: DatabaseHandle) {}

	/** Streams `listener` every new snapshot of the session until the returned function is called. */
	async subscribe(sessionId: string, listener: SnapshotListener): Promise<() => void> {
		await this.listen();
		let set = this.listeners.get(sessionId);
		if (!set) this.listeners.set(sessionId, (set = new Set()));
		set.add(listener);
		// Read now that the listener is in: its first message is the current state, and no change made
		// before it subscribed goes unseen. The other listeners only hear of it if something changed.
		this.changed(sessionId);
		return () => {
			set.delete(listener);
			if (set.size === 0) this.listeners.delete(sessionId);
		};
	}

	async stop(): Promise<void> {
		this.stopped = true;
		this.listeners.clear();
		await this.client?.end().catch(() => undefined);
		await this.unlisten?.().catch(() => undefined);
	}

	private listen(): Promise<void> {
		this.listening ??= (this.handle.driver === 'pglite' ? this.listenPglite() : this.listenPg()).catch((e: unknown) => {
			this.listening = null;
			throw e;
		});
		return this.listening;
	}

	private async listenPglite(): Promise<void> {
		if (this.handle.driver !== 'pglite') return;
		this.unlisten = await this.handle.client.listen(DIALOGUE_CHANNEL, (payload) => this.changed(payload));
	}

	private async listenPg(): Promise<void> {
		if (this.handle.driver !== 'pg') return;
		// A connection of its own, outside the pool: LISTEN belongs to one session.
		const client = new pg.Client({ connectionString: this.handle.url });
		client.on('notification', (message) => {
			if (message.channel === DIALOGUE_CHANNEL && message.payload) this.changed(message.payload);
		});
		client.on('error', () => this.reconnect(client));
		client.on('end', () => this.reconnect(client));
		await client.connect();
		await client.query(`listen ${DIALOGUE_CHANNEL}`);
		this.client = client;
	}

	/** After a lost connection: listen again, then re-read every watched session (notifications may have been missed). */
	private reconnect(lost: pg.Client): void {
		if (this.stopped || this.client !== lost) return;
		this.client = null;
		this.listening = null;
		const retry = (delay: number) =>
			setTimeout(() => {
				if (this.stopped) return;
				this.listen().then(
					() => {
						for (const id of this.listeners.keys()) this.changed(id);
					},
					() => retry(Math.min(delay * 2, 10_000))
				);
			}, delay).unref();
		retry(250);
	}

	private changed(sessionId: string): void {
		if (!this.listeners.has(sessionId)) return;
		const pending = this.reading.get(sessionId);
		if (pending) {
			pending.again = true;
			return;
		}
		const state = { again: false };
		this.reading.set(sessionId, state);
		void this.read(sessionId, state);
	}

	private async read(sessionId: string, state: { again: boolean }): Promise<void> {
		try {
			do {
				state.again = false;
				const snapshot = await snapshotOf(this.handle.db, sessionId);
				if (snapshot) for (const listener of this.listeners.get(sessionId) ?? []) listener(snapshot);
			} while (state.again && this.listeners.has(sessionId));
		} catch (e) {
			// The streams keep their last state; the next notification reads again.
			console.error('dialogue: could not read a session', e);
		} finally {
			this.reading.delete(sessionId);
		}
	}
}

const KEY = Symbol.for('werkwijzer.dialogue-hub');
const holder = globalThis as { [KEY]?: DialogueHub };

export function dialogueHub(handle: DatabaseHandle): DialogueHub {
	holder[KEY] ??= new DialogueHub(handle);
	return holder[KEY];
}

export async function stopDialogueHub(): Promise<void> {
	await holder[KEY]?.stop();
	delete holder[KEY];
}
