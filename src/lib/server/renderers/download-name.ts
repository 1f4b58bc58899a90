/** A file name a person recognises, safe for every operating system. */
export function downloadName(title: string, extension: string, prefix = 'rapport'): string {
	const base = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return `${prefix}-${base || 'reflectie'}.${extension}`;
}
