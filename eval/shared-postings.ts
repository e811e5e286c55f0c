// The real postings in ../shared/postings: each file's text between its BEGIN and END lines. Other people's words,
// so they are read from there at run time and never copied into the project; null when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../scripts/shared-data.ts';

export const SHARED_POSTINGS = join(SHARED_DIR, 'postings');

export function readSharedPostings(dir = SHARED_POSTINGS): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(dir, name), 'utf8');
    const m = /-----BEGIN POSTING TEXT-----\r?\n([\s\S]*?)-----END POSTING TEXT-----/.exec(raw);
    out.set(name, m ? m[1]! : raw);
  }
  return out;
}
