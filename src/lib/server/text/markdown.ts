/**
 * Markdown written by people on the platform, rendered to HTML that cannot run anything: raw HTML
 * in the source is shown as text, and what markdown-it makes is sanitised again to a short list of
 * tags and to http(s) and mailto links only. A level-1 heading becomes level 2: the page has its own h1.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'p',
		'ul',
		'ol',
		'li',
		'strong',
		'em',
		'a',
		'blockquote',
		'code',
		'pre',
		'br',
		'hr',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	allowedAttributes: { a: ['href', 'rel'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	transformTags: {
		h1: 'h2',
		h5: 'h4',
		h6: 'h4',
		a: (tagName, attribs) => ({
			tagName,
			attribs: { ...attribs, ...(attribs.href?.startsWith('http') ? { rel: 'noopener noreferrer nofollow' } : {}) }
		})
	}
};

export function renderMarkdown(source: string): string {
	return sanitizeHtml(markdown.render(source), ALLOWED);
}
