/**
 * Delivers one mail job: over SMTP when SMTP_URL is set, otherwise into the outbox table. A thrown
 * error makes pg-boss retry the job later with back-off.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { insertOutboxMail } from '../repositories/outbox.ts';
import { env } from '../env.ts';

export const mailJob = z.object({
	to: z.email(),
	subject: z.string().min(1).max(300),
	text: z.string().min(1),
	html: z.string().min(1)
});
export type MailJob = z.infer<typeof mailJob>;

let transport: Transporter | undefined;

export async function deliverMailJob(db: Db, data: unknown): Promise<void> {
	const mail = mailJob.parse(data);
	const { SMTP_URL, MAIL_FROM } = env();
	if (!SMTP_URL) {
		await insertOutboxMail(db, { toAddress: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
		return;
	}
	transport ??= nodemailer.createTransport(SMTP_URL);
	await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}
