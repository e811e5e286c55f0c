// Rewrite cost: analysing bullets with and without the rewrite suggestion (target: the rewrite adds at most 15%),
// and the full three-candidate suggestion the CLI and web panel ask for. Run on generated bullets and, when
// ../shared is beside the checkout, on the real dev set (repeated to 1,000 lines).
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../scripts/shared-data.ts';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { suggestRewrite, suggestRewrites } from '../../src/analyze/suggest/index.ts';
import { sampleBullets } from '../../tests/rewrite/generate.ts';

const TARGET = 15;

function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function measure(name: string, bullets: string[]): void {
  // Warm up the rule loaders and the JIT so the first pass doesn't pay for them.
  for (const b of bullets.slice(0, 100)) analyzeBullet(b);
  const rounds = 5;
  let without = Infinity;
  let withRewrite = Infinity;
  // Bullet by bullet, the two ways alternating (so a busy moment on the shared machine falls on both alike), and the
  // best of several rounds.
  for (let r = 0; r < rounds; r++) {
    let a = 0;
    let b = 0;
    for (const [i, text] of bullets.entries()) {
      const first = (i + r) % 2 === 0;
      const t0 = performance.now();
      analyzeBullet(text, { rewrite: !first });
      const t1 = performance.now();
      analyzeBullet(text, { rewrite: first });
      const t2 = performance.now();
      if (first) { a += t1 - t0; b += t2 - t1; } else { b += t1 - t0; a += t2 - t1; }
    }
    without = Math.min(without, a);
    withRewrite = Math.min(withRewrite, b);
  }
  const analysed = bullets.map((b) => analyzeBullet(b, { rewrite: false }));
  let contractOnly = Infinity;
  for (let r = 0; r < rounds; r++) contractOnly = Math.min(contractOnly, timeMs(() => { for (const a of analysed) suggestRewrite(a); }));
  let candidates = 0;
  const suggestOnly = timeMs(() => { for (const a of analysed) candidates += suggestRewrites(a).length; });
  const added = ((withRewrite - without) / without) * 100;
  console.log(`${name}: ${bullets.length} bullets`);
  console.log(`  analysis without rewrite                ${without.toFixed(1).padStart(8)} ms  (${(without / bullets.length).toFixed(3)} ms/bullet)`);
  console.log(`  analysis with rewrite (contract field)  ${withRewrite.toFixed(1).padStart(8)} ms  (${(withRewrite / bullets.length).toFixed(3)} ms/bullet)`);
  console.log(`  rewrite adds (difference of the above)  ${added.toFixed(1).padStart(8)} %   (target <= ${TARGET}%)`);
  console.log(`  suggestRewrite alone (contract field)   ${contractOnly.toFixed(1).padStart(8)} ms  = ${((contractOnly / without) * 100).toFixed(1)}% of analysis time (target <= ${TARGET}%)`);
  console.log(`  suggestRewrites alone (up to 3 each)    ${suggestOnly.toFixed(1).padStart(8)} ms  (${candidates} candidates)`);
}

export async function run(): Promise<void> {
  measure('generated bullets', sampleBullets(1000));
  const file = sharedFile('eval/real-dev-bullets.jsonl', 'the rewrite benchmark on real bullets');
  if (file) {
    const real = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
    measure('real dev bullets, repeated', Array.from({ length: 1000 }, (_, i) => real[i % real.length]!));
  }
}
