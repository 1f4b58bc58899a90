import QRCode from 'qrcode';

/** A QR code as inline SVG, to show on a projector or print on a poster. */
export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#1c2430', light: '#ffffff' }
	});
}
