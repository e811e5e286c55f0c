// Analyzer throughput over >= 1,000 bullets of real resume writing, and its cost relative to a bare compromise parse
// of the same text (targets: <= 1.3 without the rewrite, <= 1.45 with it).
import nlp from 'compromise';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { realBullets } from '../corpus.ts';

export async function run(): Promise<void> {
  const { bullets, source } = realBullets(1200);
  console.log(`corpus                         ${source}`);
  // Warm both paths (JIT, rule compilation, compromise lexicon) before timing.
  for (const b of bullets.slice(0, 100)) {
    nlp(b);
    analyzeBullet(b);
  }
  // Interleave small chunks so that machine noise (other processes on 2 cores) hits every side alike; best of 3 rounds.
  const sides = {
    parse: (t: string) => nlp(t),
    noRewrite: (t: string) => analyzeBullet(t, { rewrite: false }),
    full: (t: string) => analyzeBullet(t),
  };
  const totals = { parse: [] as number[], noRewrite: [] as number[], full: [] as number[] };
  for (let round = 0; round < 3; round++) {
    const sum = { parse: 0, noRewrite: 0, full: 0 };
    for (let i = 0; i < bullets.length; i += 50) {
      const chunk = bullets.slice(i, i + 50);
      for (const side of ['parse', 'noRewrite', 'full'] as const) {
        const t0 = performance.now();
        for (const b of chunk) sides[side](b);
        sum[side] += performance.now() - t0;
      }
    }
    for (const side of ['parse', 'noRewrite', 'full'] as const) totals[side].push(sum[side]);
  }
  const { parse, noRewrite, full } = totals;
  const best = (xs: number[]) => Math.min(...xs);
  const n = bullets.length;
  console.log(`bullets                        ${n}`);
  console.log(`bare nlp(text) parse           ${(n / (best(parse) / 1000)).toFixed(0)} bullets/s (${(best(parse) / n).toFixed(3)} ms each)`);
  console.log(`analyze, no rewrite            ${(n / (best(noRewrite) / 1000)).toFixed(0)} bullets/s (${(best(noRewrite) / n).toFixed(3)} ms each)`);
  console.log(`analyze, with rewrite          ${(n / (best(full) / 1000)).toFixed(0)} bullets/s (${(best(full) / n).toFixed(3)} ms each)`);
  console.log(`ratio analyze/parse            ${(best(noRewrite) / best(parse)).toFixed(2)} (target <= 1.3)`);
  console.log(`ratio analyze+rewrite/parse    ${(best(full) / best(parse)).toFixed(2)} (target <= 1.45)`);
}
