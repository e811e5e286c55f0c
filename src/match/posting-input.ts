// A posting as the user gives it: pasted text, or a .txt or .docx upload (the .docx through the same package checks
// as a resume import). Empty, oversized and binary input is refused with a clear message and a 4xx status.
import { docxToLines } from '../import/docx.ts';
import { ImportError } from '../import/errors.ts';
import { MAX_UPLOAD_BYTES } from '../import/limits.ts';
import { looksBinary } from '../import/text.ts';
import { looksLikeOle, looksLikeZip } from '../import/zip-guard.ts';

/** A long posting is about 2,000 words (13,000 characters); four times that is the most one can be. */
export const MAX_POSTING_CHARS = 50_000;

/** The text, trimmed, or an ImportError (empty 400, too_large 413, binary 415). */
export function checkPostingText(text: string): string {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new ImportError('empty', 'The posting is empty: paste the job posting\'s text, or upload it as a .txt or .docx file.');
  if (trimmed.length > MAX_POSTING_CHARS) {
    throw new ImportError('too_large', `The posting is ${trimmed.length.toLocaleString('en-US')} characters; a posting is at most ${MAX_POSTING_CHARS.toLocaleString('en-US')}. Paste the job's own text without the rest of the page.`);
  }
  if (looksBinary(trimmed)) throw new ImportError('binary', 'This looks like a binary file, not text. Paste the posting as text, or upload a .txt or .docx file.');
  return trimmed;
}

/** Chooses by content, not by the name: a .docx renamed .txt is still read as a .docx. */
export async function postingFromFile(buffer: Buffer, fileName = ''): Promise<string> {
  if (buffer.length === 0) throw new ImportError('empty', 'The file is empty.');
  if (buffer.length > MAX_UPLOAD_BYTES) throw new ImportError('too_large', `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; a posting is a few pages at most.`);
  if (looksLikeZip(buffer) || looksLikeOle(buffer) || /\.docx?$/i.test(fileName)) {
    const lines = await docxToLines(buffer);
    return checkPostingText(lines.map((l) => (l.kind === 'bullet' ? `• ${l.text}` : l.text)).join('\n'));
  }
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ImportError('binary', 'PDF files are not read here: copy the posting\'s text and paste it, or save it as .txt or .docx.');
  }
  return checkPostingText(buffer.toString('utf8'));
}
