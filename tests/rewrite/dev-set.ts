// The team's labelled guide-style dev bullets (eval/data/dev-bullets.jsonl, part of the project).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DevBullet { text: string; source: string; labels: Record<string, unknown>; }

const OWN = fileURLToPath(new URL('../../eval/data/dev-bullets.jsonl', import.meta.url));

/** The dev bullets; RV_EVAL_DIR points at another copy. */
export function devBullets(): DevBullet[] {
  const other = process.env.RV_EVAL_DIR ? `${process.env.RV_EVAL_DIR}/dev-bullets.jsonl` : '';
  const file = other && existsSync(other) ? other : OWN;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevBullet);
}
