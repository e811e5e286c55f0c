// The team's labelled dev bullets (../shared/eval/dev-bullets.jsonl beside the checkout), when present.
import { existsSync, readFileSync } from 'node:fs';
import { sharedFile } from '../../scripts/shared-data.ts';

export interface DevBullet { text: string; source: string; labels: Record<string, unknown>; }

/** The dev bullets, or [] (with a one-line note) when ../shared is absent; RV_EVAL_DIR points elsewhere. */
export function devBullets(): DevBullet[] {
  const own = process.env.RV_EVAL_DIR ? `${process.env.RV_EVAL_DIR}/dev-bullets.jsonl` : '';
  const file = own && existsSync(own) ? own : sharedFile('eval/dev-bullets.jsonl', 'the dev-set rewrite checks');
  if (!file) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevBullet);
}
