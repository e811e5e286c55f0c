// Hostile and random input: analyze never throws, never hangs, and every span is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import type { Result, Span } from '../../src/analyze/types.ts';

const pieces = ['Reduced', 'denials', '29%', 'from', '18%', 'to', '11%', 'by', 'through', 'with', 'zero', 'findings', '–$1.1M', '+7 pts',
  'LWBS', 'days in A/R', '\u200b', '\u00a0', '\r\n', '\t', '😀', 'é', '“', '”', '—', '–', '−', ';', ',', '.', '(', ')', 'in 90 days', 'FY24', '→', '\ud800', '$', '%'];

function spansOf(r: Result): { start: number; end: number; text: string }[] {
  const out: Span[] = Object.values(r.components).flat();
  if (r.kind === 'story') out.push(...Object.values(r.parts).flat());
  if (r.kind === 'bullet' && r.actionVerb) out.push(r.actionVerb);
  out.push(...r.kpis);
  return out;
}

function assertValid(text: string, r: Result): void {
  expect(r.text).toBe(text);
  for (const s of spansOf(r)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const f of r.findings) if (f.start !== undefined) expect(f.end! <= text.length && f.start <= f.end!).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
}

describe('analyze on hostile input', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => assertValid(t, analyze(t))), { numRuns: 1500 });
  });
  it('random binary-ish strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => assertValid(t, analyze(t))), { numRuns: 1000 });
  });
  it('shuffled bullet vocabulary with odd characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom(' ', '', '\u00a0', '  '), (ws, sep) => {
      const t = ws.join(sep);
      assertValid(t, analyze(t));
      assertValid(t, analyze(t, 'story'));
    }), { numRuns: 1500 });
  }, 120_000); // 3,000 analyses: speed is the benchmark's business, not this test's
  it('long adversarial runs finish quickly', () => {
    const nasty = ['by '.repeat(330), '9'.repeat(999), 'from 1 to '.repeat(99), '$'.repeat(999), '1,'.repeat(499), ('a'.repeat(40) + ' ').repeat(24)];
    for (const t of nasty) {
      const t0 = performance.now();
      assertValid(t, analyze(t));
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
