// The two downloads: one block document, written as Word or as PDF. Every export (resume, prep sheet, tailored
// resume) goes through here, so a new format is one row.
import type { BlockDocument } from './blocks.ts';
import { DOCX_CONTENT_TYPE, exportFileName, PDF_CONTENT_TYPE } from './file-name.ts';

// The writers (docx, pdfkit) load on first use: the server's main thread only needs this table's names and types,
// and exports run on the worker threads.
export const EXPORT_FORMATS = {
  docx: { contentType: DOCX_CONTENT_TYPE, render: async (doc: BlockDocument) => (await import('./render.ts')).renderDocx(doc) },
  pdf: { contentType: PDF_CONTENT_TYPE, render: async (doc: BlockDocument) => (await import('./pdf.ts')).renderPdf(doc) },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

export interface ExportedFile {
  buffer: Buffer;
  fileName: string;
  contentType: string;
}

/** `person` and `what` name the file: "Dana-Whitfield-Resume.pdf". */
export async function exportDocument(doc: BlockDocument, format: ExportFormat, person: string | undefined, what: string): Promise<ExportedFile> {
  const { contentType, render } = EXPORT_FORMATS[format];
  return { buffer: await render(doc), fileName: exportFileName(person, what, format), contentType };
}
