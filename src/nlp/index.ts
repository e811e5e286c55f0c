// The one compromise instance. Each text is parsed once; terms are aligned back to exact UTF-16 offsets
// in the original string (compromise may normalise whitespace or punctuation, so offsets are re-found, never assumed).
import { createRequire } from 'node:module';
import type compromise from 'compromise';

type Nlp = typeof compromise;
let loaded: Nlp | undefined;

/**
 * compromise, loaded on first use: its model takes a few hundred ms of CPU to load, which pages that analyse nothing
 * (and the first page after `npm start`) should not wait for. Every module gets compromise here, never by importing
 * it (tests/project/start-up.test.ts checks). Its single-file CommonJS build: the same library, loaded synchronously.
 */
export function loadCompromise(): Nlp {
  return (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);
}

/** Whether this thread has loaded compromise (the web server's own thread never should: its NLP runs in the pool). */
export function compromiseLoaded(): boolean {
  return loaded !== undefined;
}

export function nlp(...args: Parameters<Nlp>): ReturnType<Nlp> {
  return loadCompromise()(...args);
}

/**
 * compromise's parse of a text for its tags and sentences, without the noun/verb chunks its last step computes:
 * nothing that reads this parse uses chunks ("<Noun>" match syntax), and that step is about a sixth of the parse. The
 * tags are the same as nlp(text) gives (tests/nlp checks). Run synchronously, so no other parse sees the shorter list.
 */
export function parseTagged(text: string): ReturnType<Nlp> {
  const c = loadCompromise();
  const world = c.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  try {
    return c(text);
  } finally {
    world.hooks = hooks;
  }
}

export interface Token {
  text: string;
  /** lower-case surface form */
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
}

export function tokenize(text: string): Token[] {
  const doc = nlp(text) as unknown as { docs: { text: string; tags: Set<string> }[][] };
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      if (!term.text) continue;
      const at = text.indexOf(term.text, cursor);
      // A term compromise rewrote (or one far ahead) is skipped rather than given a wrong offset.
      if (at < 0 || at - cursor > 64) continue;
      tokens.push({ text: term.text, lower: term.text.toLowerCase(), start: at, end: at + term.text.length, tags: term.tags });
      cursor = at + term.text.length;
    }
  }
  return tokens;
}

