// The CPU-heavy work of a request, as functions of plain data so that they run the same in a worker thread
// (worker.ts) or, for the CLI and in-process tests, in the calling thread. Errors the person caused come back as
// values: a thrown class does not survive the trip between threads. The exporters and importers load on first use,
// so a thread that only analyses does not hold them.
import { analyzeBullet, analyzeStory, type Kind, type Result } from '../analyze/index.ts';
import type { ExportFormat } from '../export/formats.ts';
import type { PrepSheetInput } from '../export/prep-sheet.ts';
import type { ImportResult } from '../import/index.ts';
import type { ImportErrorCode } from '../import/errors.ts';
import type { Resume } from '../resume/schema.ts';

export interface AnalyzeTask {
  kind: Kind;
  texts: string[];
  /** A text the engine fails on gives null instead of failing the rest. */
  safe?: boolean;
}

export function analyzeOne(text: string, kind: Kind): Result {
  return kind === 'story' ? analyzeStory(text) : analyzeBullet(text);
}

export function analyzeTexts({ kind, texts, safe }: AnalyzeTask): (Result | null)[] {
  return texts.map((t) => {
    if (!safe) return analyzeOne(t, kind);
    try {
      return analyzeOne(t, kind);
    } catch {
      return null;
    }
  });
}

/**
 * The same, each result as JSON text: what a worker sends when the server only passes results on (the API) or
 * saves them, so that the server's thread copies strings instead of rebuilding object graphs and serialising them.
 */
export function analyzeTextsJson(task: AnalyzeTask): (string | null)[] {
  return analyzeTexts(task).map((r) => (r ? JSON.stringify(r) : null));
}

export interface Built { bytes: Uint8Array; fileName: string; contentType: string }

export async function resumeFile({ resume, format }: { resume: Resume; format: ExportFormat }): Promise<Built> {
  const { exportResume } = await import('../export/resume.ts');
  const { buffer, fileName, contentType } = await exportResume(resume, format);
  return { bytes: buffer, fileName, contentType };
}

export async function prepSheetFile({ input, format }: { input: PrepSheetInput; format: ExportFormat }): Promise<Built> {
  const { exportPrepSheet } = await import('../export/prep-sheet.ts');
  const { buffer, fileName, contentType } = await exportPrepSheet(input, format);
  return { bytes: buffer, fileName, contentType };
}

export type ImportTask = { bytes: Uint8Array; fileName: string } | { text: string };

export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; error: { code: ImportErrorCode; message: string; issues: { path: string; message: string }[] } };

export async function parseImport(task: ImportTask): Promise<ImportOutcome> {
  const { importResumeFile, importText, isImportError } = await import('../import/index.ts');
  try {
    const result = 'text' in task
      ? importText(task.text)
      : await importResumeFile(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.fileName);
    return { ok: true, result };
  } catch (err) {
    if (isImportError(err)) return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } };
    throw err;
  }
}
