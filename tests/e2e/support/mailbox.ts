import fs from 'node:fs';
import path from 'node:path';
import type { ReceivedMail } from './smtp.ts';

/** Waits until a mail to `to` (and matching `subject`, if given) has arrived at the SMTP receiver. */
export async function waitForMail(
	to: string,
	subject?: RegExp,
	timeoutMs = 15_000
): Promise<ReceivedMail & { links: string[] }> {
	const dir = process.env.E2E_MAIL_DIR;
	if (!dir) throw new Error('E2E_MAIL_DIR is not set');
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const files = fs.readdirSync(dir).sort();
		for (const file of files) {
			const mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReceivedMail;
			if (mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject))) {
				return { ...mail, links: [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]) };
			}
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`);
}
