// The CPU-heavy work of a request, as functions of plain data so that they run the same in a worker thread
// (worker.ts) or, for the CLI and in-process tests, in the calling thread. Errors the person caused come back as
// values: a thrown class does not survive the trip between threads. The exporters and importers load on first use,
// so a thread that only analyses does not hold them.
import { analyzeBullet, analyzeStory, type Kind, type Result } from '../analyze/index.ts';
import type { ExportFormat } from '../export/formats.ts';
import type { SheetStory } from '../stories/prep-sheet.ts';
import type { StoryResult } from '../analyze/types.ts';
import type { ImportResult } from '../import/index.ts';
import type { ImportErrorCode } from '../import/errors.ts';
import type { Resume } from '../resume/schema.ts';
import type { Answers, RewriteCandidate } from '../analyze/suggest/index.ts';
import type { BulletResult } from '../analyze/types.ts';
import type { MatchInput, MatchResult } from '../match/index.ts';

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

/** The prep sheet of a story bank: laid out (cue cards, prompts) and built here, since both need the story rules. */
export async function prepSheetFile({ stories, format }: { stories: SheetStory[]; format: ExportFormat }): Promise<Built> {
  const [{ exportPrepSheet }, { prepSheetInput }] = await Promise.all([import('../export/prep-sheet.ts'), import('../stories/prep-sheet.ts')]);
  const { buffer, fileName, contentType } = await exportPrepSheet(prepSheetInput(stories), format);
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

// The rest of what a page needs the rules or the NLP model for, so that the server's own thread never loads them
// (tests/web/main-thread.test.ts). Each loads its module on first use.

/** A bullet's rewrite rebuilt with the user's answers to its questions; null when there is none. */
export async function rewriteWithAnswers({ analysed, answers }: { analysed: BulletResult; answers: Answers }): Promise<RewriteCandidate | null> {
  const { suggestRewrites } = await import('../analyze/suggest/index.ts');
  return suggestRewrites(analysed, { answers })[0] ?? null;
}

/** A STAR story started from an analysed bullet. */
export async function storyScaffold({ analysed }: { analysed: BulletResult }) {
  const { scaffoldFromBullet } = await import('../stories/scaffold.ts');
  return scaffoldFromBullet(analysed);
}

/** A posting's requirements matched against a resume, bullets and stories. */
export async function postingMatch({ posting, input }: { posting: string; input: MatchInput }): Promise<MatchResult> {
  const { matchPosting } = await import('../match/index.ts');
  return matchPosting(posting, input);
}

/** A story's view model (its KPI chips and cue card read the rules). */
export async function storyPage({ result }: { result: StoryResult }) {
  const { storyView } = await import('../render/story-view.ts');
  return storyView(result);
}

/**
 * A resume's pre-flight list (its spelling check needs the dictionary). `analysed` holds the bullets' analyses the
 * server already has; any other bullet is analysed here.
 */
export async function resumePreflight({ resume, analysed, userWords }: { resume: Resume; analysed: [string, BulletResult][]; userWords?: string[] }) {
  const [{ preflight }, { analyzeBullet }] = await Promise.all([import('../resume/preflight/index.ts'), import('../analyze/index.ts')]);
  const known = new Map(analysed);
  return preflight(resume, (text) => known.get(text) ?? analyzeBullet(text), userWords ? { userWords: new Set(userWords) } : {});
}

/** Loads the analyzer's rules, NLP model and spelling dictionary, so that a thread's first request does not wait. */
export function warmUp(): void {
  analyzeTexts({ kind: 'bullet', texts: ['Reduced no-shows from 18% to 11% by piloting SMS reminders.'] });
}

/** This thread's heap, in bytes (for the benchmark's memory figures). */
export function heapUsage(): { used: number; total: number; external: number } {
  const m = process.memoryUsage();
  return { used: m.heapUsed, total: m.heapTotal, external: m.external };
}

/** Every task a worker runs, by name (worker.ts); inlineWork and the pool's `run` call the same. */
export const TASKS = {
  analyzeTexts, analyzeTextsJson, parseImport, prepSheetFile, resumeFile, rewriteWithAnswers, storyScaffold, postingMatch, storyPage, resumePreflight, warmUp, heapUsage,
} as const;
export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
