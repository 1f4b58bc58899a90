/**
 * svg-to-pdfkit ships without types. Only what report-pdf.ts uses is declared; see the options at
 * the end of node_modules/svg-to-pdfkit/source.js.
 */
declare module 'svg-to-pdfkit' {
	type SvgToPdfOptions = {
		/** Viewport width and height in pt; the SVG's viewBox is fitted into it. */
		width?: number;
		height?: number;
		preserveAspectRatio?: string;
		/** When false (the default), 1 SVG px = 0.75 pt. */
		assumePt?: boolean;
		warningCallback?: (message: string) => void;
	};
	function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void;
	export = SVGtoPDF;
}
