/**
 * Tagged PDF (PDF/UA, as far as the standard fonts allow): every piece of content is drawn inside a
 * structure element, so a screen reader reads headings, paragraphs, lists, tables and figures in
 * order; what is only drawing (rules, fills, repeated table headers, page footers) is an artifact
 * it skips. See PDFKit's accessibility guide (pdfkit.org/docs/accessibility.html).
 */
export type Parent = PDFKit.PDFStructureElement;

/**
 * What PDFKit's `subset: 'PDF/UA'` adds, the PDF/UA-1 identification in the XMP metadata; its
 * TypeScript types only know the PDF/A subsets.
 */
export const PDF_UA_ID = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

/**
 * Adds an element of `type` to `parent` whose content is what `draw` puts on the page, drawn now.
 * `draw` must not draw artifacts: starting one ends the element's marked content.
 */
export function tagged(
	pdf: PDFKit.PDFDocument,
	parent: Parent,
	type: string,
	draw: () => void,
	options: PDFKit.Mixins.StructureElementOptions = {}
): Parent {
	const element = pdf.struct(type, options, draw);
	parent.add(element);
	return element;
}

/** An element that holds others (Sect, L, LI, Table, TR); `end()` it once its children are added. */
export function container(pdf: PDFKit.PDFDocument, parent: Parent, type: string): Parent {
	const element = pdf.struct(type);
	parent.add(element);
	return element;
}

/** Draws what is not content: a screen reader skips it. */
export function artifact(pdf: PDFKit.PDFDocument, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
	pdf.markContent('Artifact', { type });
	draw();
	pdf.endMarkedContent();
}

/**
 * A table header cell (TH) heading its column or its row, with what `draw` puts on the page. PDFKit
 * has no option for structure attributes, so the attribute dictionary goes onto the element's own
 * dictionary before PDFKit writes it, which it does as soon as the element is added (a plain string
 * becomes a PDF name there: /O /Table /Scope /Column).
 */
export function headerCell(pdf: PDFKit.PDFDocument, row: Parent, scope: 'Column' | 'Row', draw: () => void): void {
	const cell = pdf.struct('TH', {}, draw);
	const dictionary: unknown = Reflect.get(cell, 'dictionary');
	if (typeof dictionary === 'object' && dictionary !== null && 'data' in dictionary) {
		const data = dictionary.data;
		if (typeof data === 'object' && data !== null) Object.assign(data, { A: { O: 'Table', Scope: scope } });
	}
	row.add(cell);
}
