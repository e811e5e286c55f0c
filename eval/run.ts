// `npm run eval`: the analyzer against the guide-style dev sets (eval/data, ours) and the real dev set, which is other
// people's words and stays in ../shared/eval (skipped with a note when absent). Prints per-label P/R/F1, KPI-domain
// accuracy and the errors grouped by the stage that decides them. `--explain` adds each error's clauses and rules;
// `--quiet` prints the tables only.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile } from '../scripts/shared-data.ts';
import { readGold, scoreBullets, scoreStories, table, type SetScore } from './score.ts';

const here = dirname(fileURLToPath(import.meta.url));
const explain = process.argv.includes('--explain');
const quiet = process.argv.includes('--quiet');

function print(name: string, s: SetScore): void {
  console.log(`\n${table(name, s)}`);
  if (quiet) return;
  for (const [stage, lines] of [...s.errors].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n  errors in ${stage}: ${lines.length}`);
    for (const l of lines) console.log(`    ${l}`);
  }
}

print('guide-style dev bullets (eval/data/dev-bullets.jsonl)', scoreBullets(readGold(join(here, 'data', 'dev-bullets.jsonl')), { explain }));
print('guide-style dev stories (eval/data/dev-stories.jsonl)', scoreStories(readGold(join(here, 'data', 'dev-stories.jsonl'))));
const realDev = sharedFile('eval/real-dev-bullets.jsonl', 'the real dev set in npm run eval (it stays outside the project)');
if (realDev) print('real dev bullets (../shared/eval/real-dev-bullets.jsonl)', scoreBullets(readGold(realDev), { explain }));
print('team-written held-out stories (tests/fixtures/stories-heldout.jsonl)', scoreStories(readGold(join(here, '..', 'tests', 'fixtures', 'stories-heldout.jsonl'))));
const realStories = sharedFile('eval/real-dev-stories.jsonl', 'the real dev stories in npm run eval (they stay outside the project)');
// A label with no true item and none predicted (tp = fp = fn = 0) prints F1 0.00: read it as all right.
if (realStories) print('real dev stories (../shared/eval/real-dev-stories.jsonl)', scoreStories(readGold(realStories)));
