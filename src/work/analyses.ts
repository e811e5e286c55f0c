// Every analysis a page shows, computed once: keyed by the SHA-256 of the text and the version of the rules (and of
// the analyzer's code), kept in memory and, for a workspace's own bullets and stories, in the store. A text is
// re-analysed only when it or the rules changed; the work runs on the worker pool, in chunks whose results are
// saved as they arrive, so a long first analysis that runs out of time is not lost: the next view goes on from it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyComponents, type BulletResult, type Kind, type Result, type StoryResult } from '../analyze/index.ts';
import { RULES_DIR } from '../rules/index.ts';
import type { AnalysisRepo } from '../store/analyses.ts';
import { BusyError, startBudget, type Budget } from './budget.ts';
import { chunk, type Work } from './pool.ts';
import { analyzeOne } from './tasks.ts';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What an analysis depends on besides its text: the rule files, the analyzer's code, and the NLP library. */
const ANALYZER_PARTS = [RULES_DIR, join(SRC, 'analyze'), join(SRC, 'nlp'), join(SRC, 'rules')];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** A package's version, from the package.json above its entry file (the package does not export that file). */
function libraryVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '';
    }
    dir = dirname(dir);
  }
  return '';
}

let version: string | null = null;
/** The rules' version: a hash of everything in ANALYZER_PARTS and the NLP library's version; computed once. */
export function rulesVersion(): string {
  if (version) return version;
  const h = createHash('sha256');
  for (const dir of ANALYZER_PARTS) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const f of filesUnder(dir)) h.update(f.slice(dir.length)).update('\0').update(readFileSync(f)).update('\0');
  }
  h.update(`compromise@${libraryVersion('compromise')}`);
  version = h.digest('hex').slice(0, 16);
  return version;
}

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Heap the cache may hold, in bytes. A parsed result takes one to two bytes of heap per character of its JSON
 * (measured on bullets and stories), so each entry is weighed at twice its JSON, plus its key and the map's entry.
 * Beyond this the least recently used go; the store still has a workspace's saved analyses.
 */
export const MAX_CACHE_BYTES = 24 * 1024 * 1024;
export const weightOf = (text: string, json?: string): number => 2 * (json ? json.length : text.length * 10) + 300;

export interface PrepareOptions {
  /** Read and save results in the store under this workspace. */
  workspaceId?: string;
  /** The texts are all the workspace holds of this kind: saved results of other texts are dropped. */
  complete?: boolean;
  budget?: Budget;
}

export class Analyses {
  private readonly memory = new Map<string, { result: Result; weight: number }>();
  private weight = 0;

  constructor(private readonly work: Work, private readonly store?: AnalysisRepo) {}

  private key = (kind: Kind, hash: string) => `${kind}:${hash}`;

  /** What the cache holds now, in estimated bytes of heap (at most MAX_CACHE_BYTES, or one entry). */
  get bytes(): number {
    return this.weight;
  }

  private remember(kind: Kind, hash: string, result: Result, weight: number): void {
    const key = this.key(kind, hash);
    const old = this.memory.get(key);
    if (old) {
      this.weight -= old.weight;
      this.memory.delete(key);
    }
    this.memory.set(key, { result, weight });
    this.weight += weight;
    for (const [k, v] of this.memory) {
      if (this.weight <= MAX_CACHE_BYTES || this.memory.size <= 1) break;
      this.memory.delete(k);
      this.weight -= v.weight;
    }
  }

  /**
   * Results a prepare() just finished but the cache has already let go of (others' work filled it meanwhile): held
   * until the current turn of the event loop ends, so the caller's getters, which run right after prepare() resolves,
   * find every one of them and never analyse in this thread.
   */
  private readonly held = new Map<string, Result | null>();

  /** `null`: the engine failed on the text in the pool; the getter then throws instead of trying again here. */
  private hold(key: string, result: Result | null): void {
    if (!this.held.size) setImmediate(() => this.held.clear());
    this.held.set(key, result);
  }

  private recall(kind: Kind, hash: string): Result | null | undefined {
    const key = this.key(kind, hash);
    const hit = this.memory.get(key);
    if (!hit) return this.held.get(key);
    this.memory.delete(key);
    this.memory.set(key, hit);
    return hit.result;
  }

  /**
   * Makes sure every text has its analysis at hand for the sync getters below: from memory, then the store, then
   * the worker pool. Throws BusyError when the budget runs out (what was done by then is kept).
   */
  async prepare(kind: Kind, texts: string[], opts: PrepareOptions = {}): Promise<void> {
    const v = rulesVersion();
    const byHash = new Map<string, string>();
    for (const t of texts) byHash.set(textHash(t), t);
    // Every result this call hands its caller, wherever it came from (see `held`).
    const ready = new Map<string, Result | null>();
    for (const h of byHash.keys()) {
      const hit = this.memory.get(this.key(kind, h));
      if (hit) ready.set(h, hit.result);
    }
    let missing = [...byHash.keys()].filter((h) => !ready.has(h));
    const { store } = this;
    const ws = opts.workspaceId;
    if (missing.length && store && ws) {
      const saved = await store.get(ws, kind, v, missing);
      for (const [h, json] of saved) {
        const result = JSON.parse(json) as Result;
        this.remember(kind, h, result, weightOf('', json));
        ready.set(h, result);
      }
      missing = missing.filter((h) => !saved.has(h));
    }
    if (missing.length) {
      const budget = opts.budget ?? startBudget();
      const parts = chunk(missing.map((h) => byHash.get(h)!));
      let done = byHash.size - missing.length;
      for (const part of parts) {
        let results: (Result | null)[];
        try {
          results = await this.work.analyze(kind, part, budget, { large: parts.length > 1, safe: true });
        } catch (err) {
          if (!(err instanceof BusyError) || parts.length === 1) throw err;
          // A long first analysis: say how far it got; what is done is saved and the next view goes on from there.
          throw new BusyError(err.retryAfterSeconds,
            `Still analysing: ${done} of ${byHash.size} ${kind === 'story' ? 'stories' : 'bullets'} are ready. Reload this page in a few seconds; nothing was lost.`);
        }
        done += part.length;
        const fresh: { hash: string; json: string }[] = [];
        part.forEach((text, i) => {
          const r = results[i];
          const hash = textHash(text);
          ready.set(hash, r ?? null);
          if (!r) return; // the engine failed on it: the getter says so (a page shows the text with a note)
          const json = JSON.stringify(r);
          this.remember(kind, hash, r, weightOf(text, json));
          fresh.push({ hash, json });
        });
        if (store && ws && fresh.length) await store.put(ws, kind, v, fresh);
      }
    }
    if (store && ws && opts.complete) await store.prune(ws, kind, v, [...byHash.keys()]);
    for (const [h, r] of ready) {
      const key = this.key(kind, h);
      if (!this.memory.has(key)) this.hold(key, r);
    }
  }

  /**
   * The result for a text: prepared ones from memory (the server prepares every text it shows, so its own thread
   * never analyses); anything else is analysed here, in this thread (the CLI, in-process use).
   */
  get(kind: 'bullet', text: string): BulletResult;
  get(kind: 'story', text: string): StoryResult;
  get(kind: Kind, text: string): Result {
    const hash = textHash(text);
    const hit = this.recall(kind, hash);
    if (hit) return hit;
    if (hit === null) throw new Error('The analyzer failed on this text.');
    const result = analyzeOne(text, kind);
    this.remember(kind, hash, result, weightOf(text));
    return result;
  }

  bullet = (text: string): BulletResult => this.get('bullet', text);
  story = (text: string): StoryResult => this.get('story', text);

  /**
   * For pages: a bullet the engine fails on still shows, as written, with a note, so one odd bullet can never hide
   * the rest of a workspace or keep the user from editing or deleting it. `onError` gets the error (never the text).
   */
  bulletSafely(text: string, onError: (err: unknown) => void): BulletResult {
    try {
      return this.bullet(text);
    } catch (err) {
      onError(err);
      return {
        kind: 'bullet', text, score: 0, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null, rewrite: null,
        findings: [{ rule: 'not-analysed', severity: 'info', message: 'This bullet could not be analysed. It is saved as you wrote it; try rewording it.' }],
      };
    }
  }

  /** Drops texts from memory (a deleted workspace's); the store deletes its own rows with the workspace. */
  forget(texts: Iterable<string>): void {
    for (const t of texts) {
      const hash = textHash(t);
      for (const kind of ['bullet', 'story'] as const) {
        const hit = this.memory.get(this.key(kind, hash));
        if (hit) {
          this.memory.delete(this.key(kind, hash));
          this.weight -= hit.weight;
        }
      }
    }
  }

  clear(): void {
    this.memory.clear();
    this.weight = 0;
  }
}
