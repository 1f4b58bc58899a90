import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('Markdown written on the platform', () => {
	it('renders headings, lists, emphasis and safe links', () => {
		const html = renderMarkdown('# Aanpak\n\n- **samen** lezen\n- [Leraar24](https://www.leraar24.nl)\n');
		expect(html).toContain('<h2>Aanpak</h2>');
		expect(html).toContain('<strong>samen</strong>');
		expect(html).toContain('<a href="https://www.leraar24.nl" rel="noopener noreferrer nofollow">Leraar24</a>');
	});

	it('renders scripts, event handlers, javascript: links and raw HTML inert', () => {
		const source = [
			'<script>alert(1)</script>',
			'<img src=x onerror="alert(2)">',
			'[klik](javascript:alert(3))',
			'[ook](JaVaScRiPt:alert(4))',
			'<a href="javascript:alert(5)">x</a>',
			'<iframe src="https://example.org"></iframe>',
			'[data](data:text/html;base64,PHNjcmlwdD4=)'
		].join('\n\n');
		const html = renderMarkdown(source);
		// no element but the allowed ones, no attribute inside a tag that runs code, no odd scheme
		expect(html).not.toMatch(/<(script|img|iframe)/i);
		expect(html).not.toMatch(/<[^>]*\son\w+=/i);
		expect(html).not.toMatch(/<a\s[^>]*href="(?!https?:|mailto:)/i);
		// raw HTML is shown as text, so the reader sees what was typed
		expect(html).toContain('&lt;script&gt;');
	});
});
