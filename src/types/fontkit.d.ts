// The one fontkit call the PDF writer makes: parse a TrueType file once, hand the font to pdfkit per document.
declare module 'fontkit' {
  export function create(buffer: Uint8Array): { layout: (...args: unknown[]) => unknown };
}
