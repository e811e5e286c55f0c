// Checks an uploaded .docx with jszip before mammoth touches it: a zip, the parts of a Word document, and an
// uncompressed size under the cap, counted while inflating so a zip that lies about its sizes is caught too.
import JSZip from 'jszip';
import { ImportError } from './errors.ts';
import { MAX_DOCUMENT_XML_BYTES, MAX_PARAGRAPHS, MAX_UNCOMPRESSED_BYTES, MAX_UPLOAD_BYTES, MAX_ZIP_ENTRIES } from './limits.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .doc files, and Office's password-protected .docx (an encrypted package inside OLE). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

export function looksLikeZip(buf: Uint8Array): boolean {
  return startsWith(buf, ZIP_MAGIC);
}

export function looksLikeOle(buf: Uint8Array): boolean {
  return startsWith(buf, OLE_MAGIC);
}

/** Declared sizes live in jszip's parsed central directory; not public API, so read defensively. */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

const TOO_LONG = (what: string) => new ImportError('too_large',
  `This document is far longer than a resume (${what}); it was not read. Import one resume at a time, of at most ${MAX_PARAGRAPHS.toLocaleString('en-US')} paragraphs.`);

/** Paragraph starts (`<w:p>`, `<w:p …>`, `<w:p/>`, never `<w:pPr>`) in a piece of document.xml. */
function countParagraphs(text: string): number {
  return text.match(/<w:p[\s>/]/g)?.length ?? 0;
}

/**
 * Inflates one entry, counting bytes, and stops as soon as the running total passes the cap. The document part
 * also has its own size cap and its paragraphs counted as it streams, so a huge document is refused before mammoth.
 */
function inflateCounted(file: JSZip.JSZipObject, budget: { left: number }): Promise<void> {
  const isDocument = file.name === 'word/document.xml';
  let size = 0;
  let paragraphs = 0;
  let tail = '';
  let tooLong: ImportError | null = null;
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    const stop = (err: ImportError) => {
      stream.pause();
      stream.destroy?.();
      reject(err);
    };
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) return stop(new ImportError('zip_bomb', 'This file expands to more than 40 MB when unpacked, which no resume does; it was not opened.'));
      // Past a document cap the rest is only counted, so a zip bomb is still named as one.
      if (!isDocument || tooLong) return;
      size += chunk.length;
      if (size > MAX_DOCUMENT_XML_BYTES) tooLong = TOO_LONG(`its text part is over ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB`);
      const text = tail + chunk.toString('latin1');
      paragraphs += countParagraphs(text) - countParagraphs(tail);
      tail = text.slice(-8);
      if (paragraphs > MAX_PARAGRAPHS) tooLong = TOO_LONG(`over ${MAX_PARAGRAPHS.toLocaleString('en-US')} paragraphs`);
    });
    stream.on('error', (err: Error) => reject(tooLong ?? err));
    stream.on('end', () => (tooLong ? reject(tooLong) : resolve()));
  });
}

export async function checkDocxPackage(buffer: Buffer): Promise<void> {
  if (buffer.length === 0) throw new ImportError('empty', 'The file is empty.');
  if (buffer.length > MAX_UPLOAD_BYTES) throw new ImportError('too_large', 'The file is over 5 MB; a resume is usually well under 1 MB. Save it without embedded images and try again.');
  if (looksLikeOle(buffer)) {
    throw new ImportError('encrypted', 'This file is password-protected or an old Word 97-2003 .doc. Remove the password (or use Save As .docx) and upload it again.');
  }
  if (!looksLikeZip(buffer)) throw new ImportError('not_zip', 'This is not a Word .docx file (a .docx is a zip package, and this file is not one).');

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw new ImportError('corrupt', 'This .docx is damaged and cannot be opened. Open it in Word, save it again, and upload the new copy.');
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > MAX_ZIP_ENTRIES) throw new ImportError('zip_bomb', `This file holds ${files.length} parts, far more than any resume; it was not opened.`);
  const declared = files.reduce((sum, f) => sum + declaredSize(f), 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) {
    throw new ImportError('zip_bomb', 'This file expands to more than 40 MB when unpacked, which no resume does; it was not opened.');
  }
  const documentPart = zip.file('word/document.xml');
  if (documentPart && declaredSize(documentPart) > MAX_DOCUMENT_XML_BYTES) throw TOO_LONG(`its text part is over ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB`);
  if (!zip.file('word/document.xml') || !zip.file('[Content_Types].xml')) {
    const hint = zip.file('xl/workbook.xml') ? ' It looks like an Excel workbook.' : zip.file('ppt/presentation.xml') ? ' It looks like a PowerPoint file.' : '';
    throw new ImportError('not_docx', `This zip file is not a Word document (it has no word/document.xml).${hint}`);
  }
  const budget = { left: MAX_UNCOMPRESSED_BYTES };
  try {
    for (const f of files) await inflateCounted(f, budget);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('corrupt', 'This .docx is damaged and cannot be read. Open it in Word, save it again, and upload the new copy.');
  }
}
