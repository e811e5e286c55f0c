// One entry point for imports: a .docx, a resume.json or pasted text becomes a validated JSON Resume, or an
// ImportError. Nothing is saved here, so a failure can never leave half a resume behind.
import { validateResume, parseResumeJson } from '../resume/parse.ts';
import type { Resume } from '../resume/schema.ts';
import { docxToLines } from './docx.ts';
import { ImportError } from './errors.ts';
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from './limits.ts';
import { linesToResume } from './structure.ts';
import { looksBinary, textToLines } from './text.ts';
import { looksLikeOle, looksLikeZip } from './zip-guard.ts';

export type ImportSource = 'docx' | 'json' | 'text';

export interface ImportResult {
  resume: Resume;
  source: ImportSource;
  /** What was left out or guessed, in words for the person importing. */
  warnings: string[];
}

export { ImportError, isImportError } from './errors.ts';

function finish(resume: Resume, source: ImportSource, warnings: string[]): ImportResult {
  const bullets = (resume.work ?? []).reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
  if (!resume.basics?.name && !resume.work?.length && !resume.education?.length && !resume.skills?.length) {
    throw new ImportError('no_content', 'No resume content was found: no name, roles, education or skills.');
  }
  // The structure reader is heuristic; the schema still has the last word, so nothing invalid reaches the store.
  const checked = validateResume(resume);
  if (!checked.ok) throw new ImportError('not_json_resume', checked.message, checked.issues);
  if (source !== 'json' && resume.work?.length && bullets === 0) warnings.push('Roles were found but no bullets under them; check the Experience section.');
  return { resume: checked.resume, source, warnings };
}

export async function importDocx(buffer: Buffer): Promise<ImportResult> {
  const lines = await docxToLines(buffer);
  const { resume, warnings } = linesToResume(lines);
  return finish(resume, 'docx', warnings);
}

export function importText(text: string): ImportResult {
  if (!text.trim()) throw new ImportError('empty', 'The text is empty: paste your resume, one bullet per line.');
  if (text.length > MAX_TEXT_CHARS) throw new ImportError('too_large', `The text is over ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters; paste one resume at a time.`);
  if (looksBinary(text)) throw new ImportError('binary', 'This looks like a binary file, not text. Upload a .docx, a resume.json or paste plain text.');
  const { resume, warnings } = linesToResume(textToLines(text));
  return finish(resume, 'text', warnings);
}

export function importJson(text: string): ImportResult {
  const parsed = parseResumeJson(text);
  if (!parsed.ok) throw new ImportError(parsed.code, parsed.message, parsed.issues);
  return finish(parsed.resume, 'json', []);
}

/** Chooses by content, not by the file's name: a .docx renamed .txt is still read as a .docx. */
export async function importResumeFile(buffer: Buffer, fileName = ''): Promise<ImportResult> {
  if (buffer.length === 0) throw new ImportError('empty', 'The file is empty.');
  if (buffer.length > MAX_UPLOAD_BYTES) throw new ImportError('too_large', 'The file is over 5 MB; a resume is usually well under 1 MB.');
  if (looksLikeZip(buffer) || looksLikeOle(buffer)) return importDocx(buffer);
  if (/\.docx?$/i.test(fileName)) return importDocx(buffer);
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new ImportError('binary', 'PDF files are not read here: open the resume in Word and save it as .docx, or paste its text.');
  }
  const text = buffer.toString('utf8');
  if (looksBinary(text)) throw new ImportError('binary', 'This file is neither a Word .docx, a resume.json nor plain text.');
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('{') || trimmed.startsWith('[')) return importJson(text);
  return importText(text);
}
