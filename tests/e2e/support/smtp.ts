/**
 * A real SMTP server for the browser tests: the app sends its mail here over SMTP (SMTP_URL), and
 * every received message is written as JSON into a folder the tests read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; receivedAt: string };

export async function startSmtpReceiver(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
	fs.mkdirSync(dir, { recursive: true });
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['AUTH', 'STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					const mail: ReceivedMail = {
						to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : '',
						receivedAt: new Date().toISOString()
					};
					fs.writeFileSync(path.join(dir, `${Date.now()}-${randomUUID()}.json`), JSON.stringify(mail));
					callback();
				})
				.catch((e: unknown) => callback(e instanceof Error ? e : new Error(String(e))));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
