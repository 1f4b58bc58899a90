import QRCode from 'qrcode';

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A QR code as inline SVG, to show on a projector or print on a poster. With a `label` the SVG is
 * itself the image with that name: named only on a wrapper, the SVG inside still showed as a second
 * image without a name.
 */
export async function qrSvg(url: string, label?: string): Promise<string> {
	const svg = await QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#1c2430', light: '#ffffff' }
	});
	return label ? svg.replace('<svg ', `<svg role="img" aria-label="${attribute(label)}" focusable="false" `) : svg;
}
