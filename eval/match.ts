// `npm run eval:match`: requirement extraction on the real postings in ../shared/postings against the hand labels in
// eval/postings-labels.yml. Prints precision and recall per kind (a requirement counts when its id matches), how
// often the importance agrees where both found it, and with --verbose every miss and every extra, per posting.
// Exit 1 when a kind is under --min-recall (0.90) or --min-precision (0.85).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractRequirements } from '../src/match/extract.ts';
import { IMPORTANCE, REQUIREMENT_KINDS, type Importance } from '../src/match/schema.ts';
import { readSharedPostings, SHARED_POSTINGS } from './shared-postings.ts';

const LABELS = join(dirname(fileURLToPath(import.meta.url)), 'postings-labels.yml');
const Labels = z.record(z.string(), z.object({
  required: z.array(z.string()).default([]),
  preferred: z.array(z.string()).default([]),
  mentioned: z.array(z.string()).default([]),
}).strict());

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const verbose = args.includes('--verbose');
const minRecall = flag('--min-recall', 0.9);
const minPrecision = flag('--min-precision', 0.85);

const OWN = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'postings');
const own = new Map(readdirSync(OWN).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(OWN, f), 'utf8')]));
const shared = readSharedPostings();
if (!shared) console.log(`real postings skipped: ${SHARED_POSTINGS} is absent (they live outside the project); scoring the project's own test postings only`);

let failed = false;
if (shared) failed = score('real postings', shared, Labels.parse(parse(readFileSync(LABELS, 'utf8'))), 'eval/postings-labels.yml', true);
score('own test postings (written for the tests; not targets)', own, Labels.parse(parse(readFileSync(join(OWN, 'labels.yml'), 'utf8'))), 'tests/fixtures/postings/labels.yml', false);
process.exit(failed ? 1 : 0);

function score(title: string, postings: Map<string, string>, labels: z.infer<typeof Labels>, labelFile: string, judged: boolean): boolean {
  type Counts = { tp: number; fp: number; fn: number };
  const perKind = new Map(REQUIREMENT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 } as Counts]));
  let agree = 0;
  let compared = 0;
  const confusion = new Map<string, number>();
  const kindOf = (id: string) => id.split(':')[0] as (typeof REQUIREMENT_KINDS)[number];

  for (const [name, text] of postings) {
    const gold = labels[name];
    if (!gold) {
      console.log(`${name}: no labels; not scored`);
      continue;
    }
    const want = new Map<string, Importance>();
    for (const level of IMPORTANCE) for (const id of gold[level]) want.set(id, level);
    const got = new Map(extractRequirements(text).map((r) => [r.id, r.importance]));
    const misses: string[] = [];
    const extras: string[] = [];
    for (const [id, level] of want) {
      const c = perKind.get(kindOf(id));
      if (!c) throw new Error(`${name}: unknown kind in '${id}'`);
      const found = got.get(id);
      if (found) {
        c.tp++;
        compared++;
        if (found === level) agree++;
        else confusion.set(`${level} -> ${found}`, (confusion.get(`${level} -> ${found}`) ?? 0) + 1);
        if (found !== level && verbose) extras.push(`importance of ${id}: labelled ${level}, found ${found}`);
      } else {
        c.fn++;
        misses.push(id);
      }
    }
    for (const id of got.keys()) {
      if (want.has(id)) continue;
      perKind.get(kindOf(id))!.fp++;
      extras.push(`extra ${id}`);
    }
    if (verbose && (misses.length || extras.length)) {
      console.log(`${name}:`);
      for (const m of misses) console.log(`  missed ${m}`);
      for (const e of extras) console.log(`  ${e}`);
    }
  }

  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  let failed = false;
  console.log(`\nrequirement extraction, ${title}: ${postings.size} postings (labels: ${labelFile})`);
  console.log('kind        labelled  found  precision  recall');
  for (const [kind, c] of perKind) {
    const p = ratio(c.tp, c.tp + c.fp);
    const r = ratio(c.tp, c.tp + c.fn);
    const low = (c.tp + c.fn > 0 && r < minRecall) || (c.tp + c.fp > 0 && p < minPrecision);
    if (low && judged) failed = true;
    console.log(`${kind.padEnd(11)} ${String(c.tp + c.fn).padStart(8)}  ${String(c.tp + c.fp).padStart(5)}  ${p.toFixed(2).padStart(9)}  ${r.toFixed(2).padStart(6)}${low ? '  BELOW TARGET' : ''}`);
  }
  const all = [...perKind.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`${'all'.padEnd(11)} ${String(all.tp + all.fn).padStart(8)}  ${String(all.tp + all.fp).padStart(5)}  ${ratio(all.tp, all.tp + all.fp).toFixed(2).padStart(9)}  ${ratio(all.tp, all.tp + all.fn).toFixed(2).padStart(6)}`);
  console.log(`importance agrees on ${agree} of ${compared} found requirements (${(100 * ratio(agree, compared)).toFixed(0)}%)${confusion.size ? `; disagreements: ${[...confusion].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''}`);
  if (judged) console.log(`targets: precision >= ${minPrecision}, recall >= ${minRecall} per kind`);
  return failed;
}
