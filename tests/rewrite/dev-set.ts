// The team's labelled dev bullets (../shared/eval/dev-bullets.jsonl beside the main checkout), when present.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DevBullet { text: string; source: string; labels: Record<string, unknown>; }

const CANDIDATES = [
  process.env.RV_EVAL_DIR ? `${process.env.RV_EVAL_DIR}/dev-bullets.jsonl` : '',
  fileURLToPath(new URL('../../../shared/eval/dev-bullets.jsonl', import.meta.url)),
  // A worktree sits one level deeper than the main checkout (/work/wt/NAME beside /work/main).
  fileURLToPath(new URL('../../../../shared/eval/dev-bullets.jsonl', import.meta.url)),
].filter(Boolean);

export function devBullets(): DevBullet[] {
  const file = CANDIDATES.find((f) => existsSync(f));
  if (!file) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevBullet);
}
