/** A file name a person recognises, safe for every operating system. */
export function downloadName(title: string, extension: string): string {
	const base = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return `rapport-${base || 'reflectie'}.${extension}`;
}
