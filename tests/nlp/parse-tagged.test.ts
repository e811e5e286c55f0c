// The analyzer's parse skips compromise's chunking step; the tags it reads must be exactly those of a full parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlp, parseTagged } from '../../src/nlp/index.ts';

const root = join(import.meta.dirname, '..', '..');
const texts = ['eval/data/dev-bullets.jsonl', 'tests/fixtures/heldout-bullets.jsonl']
  .flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));

type Terms = { docs: { text: string; pre: string; post: string; tags: Set<string> }[][] };
const reading = (doc: unknown) => (doc as Terms).docs.map((s) => s.map((t) => `${t.pre}${t.text}${t.post}|${[...t.tags].sort().join(',')}`));

describe('parseTagged', () => {
  it('gives the same terms and tags as a full parse', () => {
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) expect(reading(parseTagged(t)), t).toEqual(reading(nlp(t)));
  });
  it('leaves the full parse as it was (chunks still computed afterwards)', () => {
    parseTagged('Reduced denials 20% by redesigning intake.');
    const verbs = (nlp('Reduced denials 20% by redesigning intake.') as unknown as { verbs(): { out(f: string): string[] } }).verbs().out('array');
    expect(verbs.length).toBeGreaterThan(0);
    const chunked = (nlp('The team reduced denials.') as unknown as { docs: { chunk?: string }[][] }).docs[0]!.some((t) => t.chunk !== undefined);
    expect(chunked).toBe(true);
  });
});
