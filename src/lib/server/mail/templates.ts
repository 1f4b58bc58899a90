/**
 * Mail texts come from the message catalogue in the recipient's language. Each mail has a plain
 * text part and a simple, accessible HTML part with one clear link.
 */
import { m } from '../../paraglide/messages.js';

export type Locale = 'nl' | 'en';
export type Mail = { to: string; subject: string; text: string; html: string };

/** A date as people write it in a letter, in the recipient's language ("30 november 2026"). */
const longDate = (iso: string, locale: Locale) =>
	new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T12:00:00Z`));

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function compose(
	to: string,
	locale: Locale,
	subject: string,
	paragraphs: string[],
	action: { label: string; url: string },
	footnote: string
): Mail {
	const o = { locale };
	const text = [
		m.mail_greeting({}, o),
		'',
		...paragraphs.flatMap((p) => [p, '']),
		`${action.label}: ${action.url}`,
		'',
		footnote,
		'',
		m.mail_signature({}, o)
	].join('\n');
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c2430;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p>${escape(m.mail_greeting({}, o))}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p><a href="${escape(action.url)}" style="display:inline-block;background:#1f4e5f;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escape(action.label)}</a></p>
<p style="font-size:14px;color:#4a5565">${escape(m.mail_link_fallback({}, o))}<br><a href="${escape(action.url)}" style="color:#1f4e5f">${escape(action.url)}</a></p>
<p style="font-size:14px;color:#4a5565">${escape(footnote)}</p>
<p>${escape(m.mail_signature({}, o))}</p>
</body></html>`;
	return { to, subject, text, html };
}

export const mails = {
	verifyEmail: (to: string, locale: Locale, url: string) =>
		compose(
			to,
			locale,
			m.mail_verify_subject({}, { locale }),
			[m.mail_verify_text({}, { locale })],
			{ label: m.mail_verify_action({}, { locale }), url },
			m.mail_not_you({}, { locale })
		),
	magicLink: (to: string, locale: Locale, url: string) =>
		compose(
			to,
			locale,
			m.mail_magic_subject({}, { locale }),
			[m.mail_magic_text({}, { locale })],
			{ label: m.mail_magic_action({}, { locale }), url },
			m.mail_not_you({}, { locale })
		),
	resetPassword: (to: string, locale: Locale, url: string) =>
		compose(
			to,
			locale,
			m.mail_reset_subject({}, { locale }),
			[m.mail_reset_text({}, { locale })],
			{ label: m.mail_reset_action({}, { locale }), url },
			m.mail_not_you({}, { locale })
		),
	roundReminder: (
		to: string,
		locale: Locale,
		url: string,
		vars: { round: string; organisation: string; code: string; closesOn: string }
	) =>
		compose(
			to,
			locale,
			m.mail_reminder_subject({ round: vars.round }, { locale }),
			[
				m.mail_reminder_text(
					{ round: vars.round, organisation: vars.organisation, closesOn: longDate(vars.closesOn, locale) },
					{ locale }
				),
				m.mail_reminder_anonymous({ code: vars.code }, { locale })
			],
			{ label: m.mail_reminder_action({}, { locale }), url },
			m.mail_reminder_footnote({}, { locale })
		),
	actionReminder: (to: string, locale: Locale, url: string, vars: { what: string; school: string; dueOn: string }) =>
		compose(
			to,
			locale,
			m.mail_action_subject({ what: vars.what.length > 60 ? `${vars.what.slice(0, 57)}…` : vars.what }, { locale }),
			[m.mail_action_text({ what: vars.what, school: vars.school, dueOn: longDate(vars.dueOn, locale) }, { locale })],
			{ label: m.mail_action_open({}, { locale }), url },
			m.mail_action_footnote({}, { locale })
		),
	accountExists: (to: string, locale: Locale, url: string) =>
		compose(
			to,
			locale,
			m.mail_exists_subject({}, { locale }),
			[m.mail_exists_text({}, { locale })],
			{ label: m.mail_exists_action({}, { locale }), url },
			m.mail_not_you({}, { locale })
		),
	invitation: (
		to: string,
		locale: Locale,
		url: string,
		vars: { organisation: string; role: string; inviter: string }
	) =>
		compose(
			to,
			locale,
			m.mail_invite_subject({ organisation: vars.organisation }, { locale }),
			[m.mail_invite_text({ inviter: vars.inviter, organisation: vars.organisation, role: vars.role }, { locale })],
			{ label: m.mail_invite_action({}, { locale }), url },
			m.mail_invite_expiry({}, { locale })
		)
};
