// A reproducible corpus of realistic bullets for benchmarks: the guide-style dev set (eval/data) plus bullets composed from
// the guide's vocabulary (verbs, KPIs, magnitudes, baselines, interventions, timeframes) with a seeded generator.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile } from '../scripts/shared-data.ts';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const verbs = ['Reduced', 'Cut', 'Lowered', 'Increased', 'Improved', 'Raised', 'Shortened', 'Grew', 'Decreased', 'Helped reduce', 'Responsible for', 'Managed', 'Led', 'Implemented'];
const kpis = ['denials', 'days in A/R', 'LWBS', 'ED length of stay', '30-day readmissions', 'RN overtime', 'agency spend', 'first-year turnover', 'no-shows', 'cost per case', 'HCAHPS communication scores', 'template utilization', 'portal adoption', 'CLABSI rate', 'time-to-fill', 'door-to-doc time', 'third next available appointment', 'net revenue', 'staff engagement', 'follow-up rates for Medicaid patients'];
const magnitudes = ['18%', '22%', '1.4 pts', '$1.1M', '15 minutes', '6.5 days', '40%', '8 pts', '$480K', '12 days'];
const baselines = ['', '', ' from 27% to 14%', ' from 52 to 38', ' vs. prior year', ' year over year', ' (baseline 4.1%)', ', down from 9%'];
const interventions = ['', ' by standardizing prior auth workflows', ' through float pool expansion and self-scheduling', ' via discharge bundles and 72-hour follow-ups', ' with split-flow triage', ' after introducing nurse-driven protocols', ' by piloting SMS reminders and open-access slots'];
const timeframes = ['', '', ' in 6 months', ' over two quarters', ' in FY24', ', sustained for 180 days'];
const tails = ['', '', '; net revenue +$2.3M', '; agency spend –$1.1M', '; CG-CAHPS +7 pts', '.'];

export function benchBullets(n: number, seed = 42): string[] {
  const rnd = seeded(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const devFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'data', 'dev-bullets.jsonl');
  const dev = readFileSync(devFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const out = [...dev];
  while (out.length < n) {
    out.push(`${pick(verbs)} ${pick(kpis)} ${pick(magnitudes)}${pick(baselines)}${pick(interventions)}${pick(timeframes)}${pick(tails)}`);
  }
  return out.slice(0, n);
}

/** Real resume writing: the real dev set (../shared, other people's words, read in place), repeated to n bullets;
 * composed bullets when ../shared is absent. */
export function realBullets(n: number): { bullets: string[]; source: string } {
  const file = sharedFile('eval/real-dev-bullets.jsonl', 'real text in the analyzer benchmark (composed bullets instead)');
  if (!file) return { bullets: benchBullets(n), source: 'composed bullets' };
  const real = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text.replace(/\s*\n\s*/g, ' ').trim());
  const out: string[] = [];
  while (out.length < n) out.push(...real);
  return { bullets: out.slice(0, n), source: `real dev set (${real.length} bullets, repeated)` };
}
